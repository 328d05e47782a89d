#!/usr/bin/env python3
"""Whole-process time and peak memory of `sms-hook-cli auth0 status` against the simulated tenant.

    scripts/bench/auth0_status.py [--runs N] [--cli PATH]

Starts `sms-hook-cli sandbox --json` (the Twilio sandbox and both simulated Auth0 tenants on
127.0.0.1), connects a throwaway profile to the Unified Phone Experience tenant with
`auth0 connect` (the client secret on standard input), then runs `auth0 status --profile bench
--json` N times after one untimed warm-up. Wall time is taken with perf_counter from spawn to
exit, peak RSS from wait4() of the child. Every run must exit 0 (the tenant sends through its
Action) or the benchmark stops. The status job's own time (token, the reads side by side, the
bound Action, the judgement) is read from the JSON's elapsed_ms.

It re-runs itself under scripts/with-keyring.sh with a private config folder, so the user's
keyring and settings are never touched. A benchmark, not a test: it prints the median, min-max
and the target (under 0.3 s) and never fails on them.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
IN_KEYRING = "SMSHOOK_BENCH_AUTH0_IN_KEYRING"


def timed(cmd, env, stdin=b""):
    start = time.perf_counter()
    p = subprocess.Popen(cmd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    p.stdin.write(stdin)
    p.stdin.close()
    out = p.stdout.read()
    err = p.stderr.read()
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    return code, out, err, wall, usage.ru_maxrss / 1024.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "app", "cli", "sms-hook-cli"))
    args = ap.parse_args()
    if not os.environ.get(IN_KEYRING):
        env = dict(os.environ, **{IN_KEYRING: "1"})
        sys.exit(subprocess.call([os.path.join(ROOT, "scripts", "with-keyring.sh"),
                                  sys.executable, __file__] + sys.argv[1:], env=env))

    work = tempfile.mkdtemp(prefix="auth0-status-bench.")
    env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(work, "config"),
               XDG_DATA_HOME=os.path.join(work, "data"),
               XDG_CACHE_HOME=os.path.join(work, "cache"),
               SMSHOOK_KEYCHAIN_SERVICE="sms-hook-bench")
    sandbox = subprocess.Popen([args.cli, "sandbox", "--json"], env=env, stdout=subprocess.PIPE)
    try:
        creds = json.loads(sandbox.stdout.readline())
        subprocess.run([args.cli, "profiles", "add", "bench"], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        code, out, err, _, _ = timed(
            [args.cli, "auth0", "connect", "--profile", "bench", "--domain", creds["auth0_domain"],
             "--client-id", creds["auth0_client_id"], "--base-url", creds["auth0_base_url"]],
            env, creds["auth0_client_secret"].encode())
        if code != 0:
            sys.exit("auth0 connect failed: " + err.decode())
        cmd = [args.cli, "auth0", "status", "--profile", "bench", "--json"]
        timed(cmd, env)  # warm-up
        walls, rss, inner = [], [], []
        for _ in range(args.runs):
            code, out, err, wall, maxrss = timed(cmd, env)
            if code != 0:
                sys.exit("auth0 status exited %d: %s" % (code, err.decode() or out.decode()))
            walls.append(wall * 1000)
            rss.append(maxrss)
            inner.append(json.loads(out)["elapsed_ms"])
    finally:
        sandbox.terminate()
        sandbox.wait()

    def line(name, values, unit):
        print("%-34s median %7.1f %s  (min %.1f, max %.1f, n=%d)"
              % (name, statistics.median(values), unit, min(values), max(values), len(values)))

    print("sms-hook-cli auth0 status against the simulated Unified tenant")
    line("whole process (spawn to exit)", walls, "ms")
    line("status job (token, reads, judge)", inner, "ms")
    line("peak resident memory", rss, "MB")
    print("target: whole process under 300 ms -> %s"
          % ("met" if statistics.median(walls) < 300 else "not met"))


if __name__ == "__main__":
    main()
