/** What a SigV4 `Authorization` header names: the access key and the service the request was signed for. */
export interface SignedBy {
  readonly accessKeyId: string;
  readonly region: string;
  readonly service: string;
}

export const signedBy = (authorization: string | undefined): SignedBy | undefined => {
  const match = /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(authorization ?? '');
  return match === null ? undefined : { accessKeyId: match[1]!, region: match[2]!, service: match[3]! };
};
