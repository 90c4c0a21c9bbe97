#!/usr/bin/env bash
# Publishes the AOT smoke app with native AOT (zero trim/AOT warnings, enforced by the project), starts the emulator
# as a separate process, runs the native binary against it and exits with the smoke app's status.
set -euo pipefail
cd "$(dirname "$0")/../.."

out=artifacts/aot-smoke
emulator_log=artifacts/aot-smoke-emulator.log
mkdir -p artifacts

dotnet publish samples/Leads.Sdk.AotSmoke -c Release -o "$out" -p:PublishAot=true
dotnet build samples/Leads.Sdk.Emulator.Host -c Release -o artifacts/emulator-host >/dev/null

dotnet artifacts/emulator-host/Leads.Sdk.Emulator.Host.dll --port 0 >"$emulator_log" 2>&1 &
emulator_pid=$!
# SIGKILL: the host waits for Ctrl+C, and a background job ignores SIGINT (and the host outlives SIGTERM).
trap 'kill -KILL "$emulator_pid" 2>/dev/null || true' EXIT

address=
for _ in $(seq 1 300); do
  address=$(sed -n 's/^Leads.Sdk emulator listening on \(http[^ ]*\).*/\1/p' "$emulator_log" | head -n1)
  if [ -n "$address" ]; then break; fi
  if ! kill -0 "$emulator_pid" 2>/dev/null; then cat "$emulator_log" >&2; echo "The emulator exited." >&2; exit 1; fi
  sleep 0.1
done
if [ -z "$address" ]; then cat "$emulator_log" >&2; echo "The emulator did not start within 30 s." >&2; exit 1; fi

echo "Emulator at $address (pid $emulator_pid)"
"$out/Leads.Sdk.AotSmoke" "$address"
