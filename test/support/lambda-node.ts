import type { NodeRuntime } from '../../local/lambda-node.js';

export { lambdaNodeRuntime, type NodeRuntime } from '../../local/lambda-node.js';

/** The Node.js running the tests. */
export const machineNodeRuntime: NodeRuntime = {
  label: `Node.js ${process.version} (this machine)`,
  executable: process.execPath,
};
