import { useGraphQlJit } from '@envelop/graphql-jit';
import { Kind, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { mapMaybePromise, type Plugin } from 'graphql-yoga';

type Execute = (args: ExecutionArgs) => unknown;

/**
 * Which operations run compiled. The jit plugin keeps one compiled query per parsed document,
 * whatever `operationName` picks, so only single-operation documents qualify; subscriptions
 * keep graphql-js's own iterator handling.
 */
function compilable({ document }: ExecutionArgs): boolean {
  let operations = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (definition.operation === 'subscription') return false;
    operations += 1;
  }
  return operations === 1;
}

/**
 * Queries and mutations executed by graphql-jit: a document is compiled on first use into a
 * function specialised to its selections (yoga's parse cache hands back the same document
 * object for the same text, so repeats reuse it) instead of being walked on every request.
 *
 * A compiled query answers without `data` only when it ran nothing: the variables did not fit
 * (or it could not compile). Those requests run again through the standard executor, so such
 * errors keep graphql-js's exact wording and its 400.
 */
export function useJitExecution(): Plugin {
  const jit = useGraphQlJit({}, { enableIf: compilable, onError: () => undefined });
  return {
    onExecute(payload) {
      let compiled: Execute | undefined;
      // enableIf is synchronous, so the jit hook has chosen by the time it returns.
      void jit.onExecute?.({ ...payload, setExecuteFn: (execute) => (compiled = execute as Execute) });
      const run = compiled;
      if (!run) return;
      const standard = payload.executeFn as Execute;
      payload.setExecuteFn(((args: ExecutionArgs) =>
        mapMaybePromise(run(args), (result) => ('data' in (result as ExecutionResult) ? result : standard(args)))) as typeof payload.executeFn);
    },
  };
}
