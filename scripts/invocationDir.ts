/**
 * The folder a command was typed in, which paths on its command line are relative to. `npm run`
 * starts a script in the project's folder and passes the caller's folder as INIT_CWD; started any
 * other way (INIT_CWD may then be a parent npm's), the script's own folder is the one.
 */
export function invocationDir(npmScript: string): string {
  const fromNpm = process.env.npm_lifecycle_event === npmScript;
  return (fromNpm ? process.env.INIT_CWD : undefined) ?? process.cwd();
}
