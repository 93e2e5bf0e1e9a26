/** Calls the public API; a refusal throws the server's own (Chinese) message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, '网络连接失败，请检查网络后重试');
  }
  const data = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, data?.error?.message ?? `出错了（${res.status}），请稍后重试`);
  return data as T;
}

export const getJson = <T>(url: string) => call<T>('GET', url);
export const postJson = <T>(url: string, body: unknown) => call<T>('POST', url, body);
