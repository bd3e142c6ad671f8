import {
  CfnOutput,
  type CfnResource,
  Duration,
  Stack,
  type StackProps,
  Token,
  Validations,
} from 'aws-cdk-lib';
import {
  CachePolicy,
  Function as CloudFrontFunction,
  Distribution,
  FunctionCode,
  FunctionEventType,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import type { Construct } from 'constructs';
import { consoleContentSecurityPolicy } from '../../shared/http/console-policy.js';
import { enforceDeployLimits } from '../deploy-limits.js';
import { acknowledgeFunctionFindings } from '../nag-acknowledgements.js';

export interface ConsoleStackProps extends StackProps {
  /** The management API the console talks to (KeywardStack's `ApiUrl`), delivered as config.json. */
  readonly apiUrl: string;
  /** The built console (`npm run build:console` writes console/dist). */
  readonly assetPath: string;
}

/** `/` and `/console` go to the console; a path ending in `/` is its index.html (S3 has no directories). */
const ROUTING = `function handler(event) {
  var request = event.request;
  if (request.uri === '/' || request.uri === '/console') {
    return { statusCode: 302, statusDescription: 'Found', headers: { location: { value: '/console/' } } };
  }
  if (request.uri.endsWith('/')) request.uri += 'index.html';
  return request;
}`;

/**
 * The admin console on AWS: a private S3 bucket read only by CloudFront (origin access control), HTTPS only,
 * security headers on every response, and the API's URL written as /console/config.json at deploy time.
 */
export class ConsoleStack extends Stack {
  public readonly url: string;

  public constructor(scope: Construct, id: string, props: ConsoleStackProps) {
    super(scope, id, props);
    enforceDeployLimits(this);
    const bucket = new Bucket(this, 'Assets', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
    });
    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Keyward console security headers',
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: consoleContentSecurityPolicy(props.apiUrl),
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(365),
          includeSubdomains: true,
          override: true,
        },
      },
    });
    const distribution = new Distribution(this, 'Distribution', {
      comment: 'Keyward console',
      httpVersion: HttpVersion.HTTP2_AND_3,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: headers,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        functionAssociations: [
          {
            eventType: FunctionEventType.VIEWER_REQUEST,
            function: new CloudFrontFunction(this, 'Routing', { code: FunctionCode.fromInline(ROUTING) }),
          },
        ],
      },
    });
    new BucketDeployment(this, 'Deploy', {
      sources: [Source.asset(props.assetPath), Source.jsonData('config.json', { apiUrl: props.apiUrl })],
      destinationBucket: bucket,
      destinationKeyPrefix: 'console/',
      distribution,
      distributionPaths: ['/console/index.html', '/console/config.json'],
    });
    this.url = `https://${distribution.distributionDomainName}/console/`;
    new CfnOutput(this, 'ConsoleUrl', { value: this.url });
    acknowledgeConsoleFindings(this, bucket);
  }
}

/** How cdk-nag prints a stack attribute: its value when known at synth, else the pseudo parameter. */
const shown = (value: string, pseudo: string): string => (Token.isUnresolved(value) ? pseudo : value);

const acknowledgeConsoleFindings = (stack: Stack, bucket: Bucket): void => {
  const validations = Validations.of(stack);
  const reasons: Record<string, string> = {
    'AwsSolutions-S1': 'The bucket holds only the static console build; CloudFront is its only reader.',
    'AwsSolutions-CFR1': 'Admins sign in from anywhere; access is decided by admin keys, not geography.',
    'AwsSolutions-CFR2':
      'A static, key-less page: WAF adds cost without protecting anything the API does not.',
    'AwsSolutions-CFR3': 'Static assets only; requests that matter are logged by the API.',
    'AwsSolutions-CFR4':
      'The default CloudFront certificate fixes the TLS policy; use a custom domain to raise it.',
  };
  for (const [id, reason] of Object.entries(reasons)) validations.acknowledge({ id, reason });
  // CDK's BucketDeployment helper function (a singleton of the stack) copies the assets once per deploy.
  acknowledgeFunctionFindings(stack);
  const bucketArn = `<${stack.getLogicalId(bucket.node.defaultChild as CfnResource)}.Arn>`;
  const deploymentGrants = [
    'Action::s3:GetObject*',
    'Action::s3:GetBucket*',
    'Action::s3:List*',
    'Action::s3:DeleteObject*',
    'Action::s3:Abort*',
    `Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-${shown(stack.account, '<AWS::AccountId>')}-${shown(stack.region, '<AWS::Region>')}/*`,
    `Resource::${bucketArn}/*`,
    'Resource::*',
  ];
  for (const grant of deploymentGrants) {
    validations.acknowledge({
      id: `AwsSolutions-IAM5[${grant}]`,
      reason:
        "CDK's BucketDeployment role (the only role here): read the CDK asset bucket, replace the objects under console/ in this bucket, invalidate the distribution.",
    });
  }
};
