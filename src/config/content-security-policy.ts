/**
 * The dashboard's Content-Security-Policy: scripts only from its own origin (no inline scripts, no
 * eval), data only from its own origin and the configured API. Inline styles stay allowed: the
 * dialog and tooltip library positions elements with style attributes. The build puts it in
 * index.html; the server also sends it as a header.
 */
export function contentSecurityPolicy(apiUrl = ''): string {
  const api = apiUrl ? ` ${new URL(apiUrl).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src 'self'${api}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
