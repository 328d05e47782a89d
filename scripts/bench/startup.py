#!/usr/bin/env python3
"""Cold start figures for the console and the CLI: median wall time and peak RSS over N runs.

    scripts/bench/startup.py [--runs N] [--build DIR]

The console is started with --quit-after-show: it prints one line when its main window has been
shown and painted, then quits; the wall time is taken from spawn to that line. The CLI is timed
for `profiles list` from spawn to exit. Peak RSS comes from wait4() of each child. Each run gets a
fresh, empty config folder with one profile, so nothing is cached between runs but the OS's page
cache (the same for every program). Without $DISPLAY an Xvfb server is started for the runs.
This is a benchmark, not a test: it prints figures and never fails on them.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(argv, env, marker=None):
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    first = None
    if marker:
        for line in proc.stdout:
            if marker in line.decode(errors="replace"):
                first = time.perf_counter() - start
                break
    proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    total = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"{argv[0]} exited with {proc.returncode}")
    return (first if marker else total), usage.ru_maxrss / 1024.0


def summarise(name, samples, target_s, target_mb):
    times = [t for t, _ in samples]
    rss = [r for _, r in samples]
    line = (f"{name:34s} median {statistics.median(times) * 1000:7.1f} ms "
            f"(min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f})  "
            f"peak RSS median {statistics.median(rss):6.1f} MB (max {max(rss):.1f})")
    verdict = []
    if target_s is not None:
        verdict.append(f"time target {target_s * 1000:.0f} ms: "
                       f"{'met' if statistics.median(times) <= target_s else 'MISSED'}")
    if target_mb is not None:
        verdict.append(f"RSS target {target_mb} MB: "
                       f"{'met' if statistics.median(rss) <= target_mb else 'MISSED'}")
    print(line)
    if verdict:
        print(" " * 35 + "; ".join(verdict))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--build", default=os.path.join(os.path.dirname(__file__), "..", "..", "build"))
    args = parser.parse_args()
    build = os.path.abspath(args.build)
    console = os.path.join(build, "app", "gui", "sms-hook-console")
    cli = os.path.join(build, "app", "cli", "sms-hook-cli")

    xvfb = None
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        if not shutil.which("Xvfb"):
            sys.exit("needs $DISPLAY or Xvfb (apt-get install xvfb)")
        xvfb = subprocess.Popen(["Xvfb", ":97", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                                stderr=subprocess.DEVNULL)
        time.sleep(1.0)
        env["DISPLAY"] = ":97"
    env.pop("QT_QPA_PLATFORM", None)
    # Keep the runs away from the user's keyring: no session bus means no keychain work at all.
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)

    try:
        gui, cmd = [], []
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory() as home:
                env_run = dict(env, HOME=home, XDG_CONFIG_HOME=os.path.join(home, "config"),
                               XDG_DATA_HOME=os.path.join(home, "data"),
                               XDG_CACHE_HOME=os.path.join(home, "cache"))
                subprocess.run([cli, "profiles", "add", "Bench"], env=env_run, check=True,
                               stdout=subprocess.DEVNULL)
                cmd.append(run_once([cli, "profiles", "list"], env_run))
                gui.append(run_once([console, "--quit-after-show"], env_run, marker="shown"))
        print(f"{args.runs} runs each, {os.cpu_count()} CPUs")
        summarise("sms-hook-console to first window", gui, 0.4, 80)
        summarise("sms-hook-cli profiles list", cmd, 0.1, None)
    finally:
        if xvfb:
            xvfb.terminate()


if __name__ == "__main__":
    main()
