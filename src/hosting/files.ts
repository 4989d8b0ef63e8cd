import { headersFile, netlifyHeadersFile, redirectsFile } from './static-host-files';
import { nginxConf } from './nginx-conf';
import { redirects } from './redirects';

/** Every hosting file, by its path in the repository, as src/hosting/ says it should read. */
export function hostingFiles(): Record<string, string> {
  const list = redirects();
  return {
    'public/_headers': headersFile(),
    'public/_redirects': redirectsFile(list),
    'deploy/netlify/_headers': netlifyHeadersFile(),
    'deploy/nginx.conf': nginxConf(list),
  };
}
