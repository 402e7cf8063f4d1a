/**
 * The fetch classes yoga builds responses with. By default it uses @whatwg-node's ponyfill
 * Response, which @hono/node-server can only send by reading it back through a web stream
 * (that cost more CPU than running a small query). Its own lightweight Response, the global
 * one once it serves, goes to the socket in one write. It installs it when it starts
 * listening, after the app is built, so the class is looked up per response. In process
 * (`app.request`) the global is Node's own Response, which serves as well.
 * Streamed bodies (SSE) are native streams, which any of these Responses takes.
 */
export const globalFetchApi = {
  Response: function GlobalResponse(body?: BodyInit | null, init?: ResponseInit): Response {
    return new globalThis.Response(body, init);
  } as unknown as typeof Response,
  ReadableStream: globalThis.ReadableStream,
};
