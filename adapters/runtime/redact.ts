/**
 * Credentials that travel in URLs and reach logs inside library errors (discord.js puts the
 * request URL in every DiscordAPIError): Discord interaction and webhook tokens, valid for 15
 * minutes, and the secret path of a Slack response_url or webhook. Ids before them are kept.
 */
const URL_CREDENTIALS = /(\/(?:interactions|webhooks)\/\d+\/)[\w.-]+|(hooks\.slack\.com\/(?:actions|commands|services)\/)[^\s"'\\?]+/g;
/** The password of any `scheme://user:password@host` URL, and credentials passed as query parameters. */
const URL_USERINFO = /(\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/"'\\]*:)[^\s@/"'\\]+@/gi;
const URL_QUERY_SECRETS = /([?&](?:token|access_token|password|passwd|secret|key|api_key|apikey|sig|signature)=)[^\s&"'\\#]+/gi;
/**
 * Text with the credentials of any URL in it removed (passwords in `user:password@`, tokens in
 * query parameters, Discord interaction tokens, Slack response_url paths): every log line, and
 * what is printed outside the logger (start-up failures).
 */
export const redactCredentials = (line: string): string =>
  line
    .replace(URL_CREDENTIALS, (_, route?: string, hook?: string) => `${route ?? hook}[redacted]`)
    .replace(URL_USERINFO, '$1[redacted]@')
    .replace(URL_QUERY_SECRETS, '$1[redacted]');
