// Words the Kubernetes community writes in capitals in SIG names.
const ACRONYMS: Record<string, string> = { api: 'API', cli: 'CLI', ui: 'UI', k8s: 'K8s', io: 'IO' };

/** `api-machinery` → `API Machinery`, the way the Kubernetes release notes name a SIG. */
export function sigName(sig: string): string {
  return sig
    .split('-')
    .map((word) => ACRONYMS[word] ?? word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}
