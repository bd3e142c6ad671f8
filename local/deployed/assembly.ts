import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * A cloud assembly as `cdk synth` writes it (`cdk.out`): its stacks in deployment order, each with its
 * template and the folders its file assets were staged in — what `cdk deploy` would upload and create.
 */

/** A CloudFormation template, as far as the emulation reads it. */
export interface Template {
  readonly Resources: Record<string, TemplateResource>;
  readonly Outputs?: Record<
    string,
    { readonly Value: unknown; readonly Export?: { readonly Name: unknown } }
  >;
}

export interface TemplateResource {
  readonly Type: string;
  readonly Properties?: Record<string, unknown>;
  readonly DependsOn?: string | string[];
}

export interface AssemblyStack {
  readonly name: string;
  readonly template: Template;
  /** Staged file assets by their hash (an S3 key is `<hash>.zip`): absolute paths of folders or files. */
  readonly assets: ReadonlyMap<string, string>;
}

export interface CloudAssembly {
  readonly directory: string;
  readonly stacks: readonly AssemblyStack[];
}

/** What is wrong with a `cdk.out`, in one line naming what is missing. */
export class AssemblyError extends Error {
  public override readonly name = 'AssemblyError';
}

interface Manifest {
  readonly artifacts: Record<
    string,
    {
      readonly type: string;
      readonly properties?: { readonly templateFile?: string; readonly file?: string };
      readonly dependencies?: readonly string[];
    }
  >;
}

interface AssetManifest {
  readonly files?: Record<string, { readonly source: { readonly path: string } }>;
}

const readJson = <T>(path: string, what: string): T => {
  if (!existsSync(path)) throw new AssemblyError(`${what} is missing: ${path}`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    throw new AssemblyError(`${what} is not JSON: ${path}`);
  }
};

/** Reads the stacks of `directory` (a `cdk.out`), each after the stacks it depends on. */
export const readCloudAssembly = (directory: string): CloudAssembly => {
  const dir = resolve(directory);
  if (!existsSync(dir)) throw new AssemblyError(`No cloud assembly at ${dir}: run \`npx cdk synth\` first`);
  const manifest = readJson<Manifest>(join(dir, 'manifest.json'), 'The cloud assembly manifest');
  const artifacts = manifest.artifacts ?? {};
  const stackIds = Object.keys(artifacts).filter((id) => artifacts[id]!.type === 'aws:cloudformation:stack');
  if (stackIds.length === 0) throw new AssemblyError(`The cloud assembly at ${dir} has no stacks`);
  const ordered: string[] = [];
  const visit = (id: string, path: readonly string[]) => {
    if (ordered.includes(id) || !stackIds.includes(id)) return;
    if (path.includes(id))
      throw new AssemblyError(`Stacks depend on each other in a cycle: ${path.join(' → ')}`);
    for (const dependency of artifacts[id]!.dependencies ?? []) visit(dependency, [...path, id]);
    ordered.push(id);
  };
  for (const id of stackIds) visit(id, []);
  const stacks = ordered.map((name): AssemblyStack => {
    const artifact = artifacts[name]!;
    const templateFile = artifact.properties?.templateFile ?? `${name}.template.json`;
    const assets = new Map<string, string>();
    for (const dependency of artifact.dependencies ?? []) {
      const file = artifacts[dependency];
      if (file?.type !== 'cdk:asset-manifest' || file.properties?.file === undefined) continue;
      const manifestOfAssets = readJson<AssetManifest>(join(dir, file.properties.file), 'An asset manifest');
      for (const [hash, asset] of Object.entries(manifestOfAssets.files ?? {}))
        assets.set(hash, join(dir, asset.source.path));
    }
    return { name, template: readJson<Template>(join(dir, templateFile), `The template of ${name}`), assets };
  });
  return { directory: dir, stacks };
};
