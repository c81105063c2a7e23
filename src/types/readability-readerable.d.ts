/** The readerable test on its own (see src/core/detect.ts): the module's export is the function itself. */
declare module "@mozilla/readability/Readability-readerable.js" {
  import type { isProbablyReaderable } from "@mozilla/readability";
  const test: typeof isProbablyReaderable;
  export default test;
}
