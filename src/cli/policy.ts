/** `send-guard policy check FILE` and `send-guard policy init`. PLACEHOLDER until the policy work lands. */
export function runPolicyCommand(args: string[], out: (s: string) => void, err: (s: string) => void): number {
  void args;
  void out;
  err('send-guard policy: not implemented yet\n');
  return 2;
}
