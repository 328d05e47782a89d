#!/usr/bin/env python3
"""What a local run costs: `sms-hook-cli run-hook` of an Action against the built-in sandbox.

    scripts/bench/run-hook.py [--runs N] [--cli PATH]

1. Start-up: N runs (default 15, after one untimed warm-up) of a send-phone-message Action that
   sends one SMS with Twilio's SDK (require('twilio'), messages.create) to the built-in Sandbox
   profile, whose sandbox the command starts in its own process. Wall time is taken from spawn
   to exit with perf_counter, the peak RSS (the CLI's or its Node runner's, whichever is larger)
   from wait4(). Every run must exit 0 and print the message SID, or the benchmark stops.
2. Memory while busy: one run of an Action that spins for 3 s; the CLI's and Node's RSS are
   read from /proc every 50 ms while it runs, and the peak of each printed.

The script re-runs itself under scripts/with-keyring.sh, so the profile and its secrets live in
a throwaway keyring and config folder, never the user's. A benchmark, not a test: it prints
figures and the target (a median under 0.5 s) and never fails on them.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
IN_KEYRING = "SMSHOOK_BENCH_RUN_HOOK_IN_KEYRING"
TARGET_S = 0.5

SEND = """exports.onExecuteSendPhoneMessage = async (event, api) => {
  const { TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_PHONE_NUMBER } = event.secrets;
  const client = require('twilio')(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN);
  const m = await client.messages.create({ to: event.message_options.recipient,
    from: TWILIO_PHONE_NUMBER, body: event.message_options.text });
  return m.sid;
};
"""

BUSY = """exports.onExecuteSendPhoneMessage = async () => {
  const end = Date.now() + 3000;
  while (Date.now() < end) {}
};
"""


def log(message):
    print(message, flush=True)


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def children(pid):
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(p) for p in f.read().split()]
    except OSError:
        return []


def run(cli, args, env):
    start = time.perf_counter()
    proc = subprocess.Popen([cli] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    return proc.returncode, out.decode(), err.decode(), wall


def main_in_keyring(args):
    cli = args.cli
    env = dict(os.environ)
    work = tempfile.mkdtemp(prefix="smshook-bench-run-hook-")
    subprocess.run([cli, "profiles", "add-sandbox"], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    send = os.path.join(work, "send.js")
    busy = os.path.join(work, "busy.js")
    with open(send, "w") as f:
        f.write(SEND)
    with open(busy, "w") as f:
        f.write(BUSY)
    base = ["run-hook", send, "--profile", "Sandbox", "--to", "+14155552671"]

    code, out, err, _ = run(cli, base, env)  # warm-up: caches, the keyring's first unlock
    if code != 0:
        sys.exit(f"run-hook.py: the warm-up run failed ({code}): {err}{out}")
    walls, cli_rss, node_rss = [], [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        proc = subprocess.Popen([cli] + base, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=env)
        # wait4's peak RSS is the larger of the CLI's and that of the descendants it reaped
        # (Node).
        _, status, usage = os.wait4(proc.pid, 0)
        walls.append(time.perf_counter() - start)
        out = proc.stdout.read().decode()
        err = proc.stderr.read().decode()
        code = os.waitstatus_to_exitcode(status)
        if code != 0 or not re.search(r'"SM[0-9a-f]{32}"', out):
            sys.exit(f"run-hook.py: a run failed ({code}): {err}{out}")
        cli_rss.append(usage.ru_maxrss)
    log(f"run-hook of a send-phone-message Action against the built-in sandbox, {args.runs} runs:")
    log(f"  wall median {statistics.median(walls):.3f} s, min {min(walls):.3f} s, "
        f"max {max(walls):.3f} s (target: median under {TARGET_S} s)")
    log(f"  peak RSS of the run (sms-hook-cli or its Node runner, whichever is larger), median "
        f"{statistics.median(cli_rss) / 1024:.1f} MB")

    # Memory while the runner is busy.
    proc = subprocess.Popen([cli, "run-hook", busy, "--profile", "Sandbox", "--to",
                             "+14155552671"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env)
    peak_cli, peak_node = 0, 0
    while proc.poll() is None:
        peak_cli = max(peak_cli, rss_kb(proc.pid))
        for child in children(proc.pid):
            peak_node = max(peak_node, rss_kb(child))
        time.sleep(0.05)  # sampling interval of a benchmark, not a synchronisation
    proc.communicate()
    log("while an Action spins for 3 s:")
    log(f"  sms-hook-cli RSS peak {peak_cli / 1024:.1f} MB, its Node runner {peak_node / 1024:.1f} MB")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--cli", default=os.path.join(ROOT, "build", "app", "cli", "sms-hook-cli"))
    args = parser.parse_args()
    if os.environ.get(IN_KEYRING) == "1":
        main_in_keyring(args)
        return
    env = dict(os.environ, **{IN_KEYRING: "1"})
    sys.exit(subprocess.call([os.path.join(ROOT, "scripts", "with-keyring.sh"), sys.executable,
                              os.path.abspath(__file__), "--runs", str(args.runs), "--cli",
                              os.path.abspath(args.cli)], env=env))


if __name__ == "__main__":
    main()
