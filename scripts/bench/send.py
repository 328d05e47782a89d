#!/usr/bin/env python3
"""One `sms-hook-cli send` against Prism, side by side with twilio-cli and twilio-node.

    scripts/bench/send.py [--runs N] [--cli PATH] [--work DIR]

Each of the three tools creates one message (To +14155552671, From +15005550006) through
Twilio's Messages API as served by Prism from tests/contract/specs/twilio_api_v2010.json on a
free 127.0.0.1 port. The runs are interleaved round-robin (the order rotates each round) after
one untimed warm-up run of each tool. Wall time is taken with perf_counter from spawn to exit,
peak RSS from wait4() of the child. Every run must exit 0, print Prism's example message SID and
reach Prism (its request log is counted per run), or the benchmark stops. Both command-line
tools print their default, human-readable output; twilio-node's script prints one JSON line.

- sms-hook-cli: `send --profile bench --to ... --body ...` (no --wait), with a throwaway profile
  whose two base URLs point at Prism, its secrets set through `secrets set` from standard input,
  all in a private config folder and a throwaway keyring (the script re-runs itself under
  scripts/with-keyring.sh, so the user's own keyring and settings are never touched).
- twilio-node (npm `twilio`): send/send-node.js, with a custom httpClient: twilio's RequestClient
  with the scheme and host of each request URI swapped for Prism's.
- twilio-cli: `twilio api:core:messages:create --to ... --from ... --body ...`, credentials from
  TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN, with NODE_OPTIONS="--require send/preload-axios.js"
  redirecting the shared axios instance that @twilio/cli-core's request client uses. Update
  checks are off (TWILIO_SKIP_NEW_VERSION_CHECK, TWILIO_DISABLE_AUTOUPDATE) and its config
  folder is private.

twilio-cli and twilio are pinned by send/package.json and send/package-lock.json and installed
with `npm ci` into --work (default ~/.cache/sms-hook-console-bench), outside the repository,
only when missing or when the lock file changed. Prism is installed with
`npm ci --prefix tests/contract` when missing.

This is a benchmark, not a test: it prints figures and the targets (twilio-cli at least 5 times
and twilio-node at least 2 times the wall time of sms-hook-cli) and never fails on them.
"""
import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
HERE = os.path.join(ROOT, "scripts", "bench", "send")
CONTRACT = os.path.join(ROOT, "tests", "contract")
PRISM = os.path.join(CONTRACT, "node_modules", ".bin", "prism")
SPEC = os.path.join(CONTRACT, "specs", "twilio_api_v2010.json")
IN_KEYRING = "SMSHOOK_BENCH_SEND_IN_KEYRING"

# Prism does not check credentials; these only need Twilio's shapes (the sandbox's public ones).
ACCOUNT_SID = "AC5a2db0c000000000000000000000f011"
AUTH_TOKEN = "5a2db0c0000000000000000000a7f011"
FROM = "+15005550006"
TO = "+14155552671"
BODY = "Your verification code is 123456"
# Prism answers with the spec's example, whatever was sent.
PRISM_SID = "SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"

TARGETS = {"twilio-cli": 5.0, "twilio-node": 2.0}


def log(message):
    # stdout, not stderr: with-keyring.sh holds the command's stderr back until it ends.
    print(message, flush=True)


def default_cli():
    for build in ("build-send", "build"):
        path = os.path.join(ROOT, build, "app", "cli", "sms-hook-cli")
        if os.access(path, os.X_OK):
            return path
    return os.path.join(ROOT, "build", "app", "cli", "sms-hook-cli")


# --- installs (outside the keyring wrapper, so npm sees the real HOME and its cache) ---

def same_file(a, b):
    try:
        with open(a, "rb") as fa, open(b, "rb") as fb:
            return fa.read() == fb.read()
    except OSError:
        return False


def ensure_tools(work):
    for tool in ("node", "npm"):
        if not shutil.which(tool):
            sys.exit(f"send.py: {tool} is missing (scripts/dev.sh installs Node.js and npm)")
    if not os.access(PRISM, os.X_OK):
        log("Installing Prism (npm ci --prefix tests/contract)")
        subprocess.run(["npm", "ci", "--prefix", CONTRACT, "--no-audit", "--no-fund"], check=True)
    lock = os.path.join(HERE, "package-lock.json")
    installed = os.path.join(work, "package-lock.json")
    twilio_bin = os.path.join(work, "node_modules", ".bin", "twilio")
    if os.access(twilio_bin, os.X_OK) and same_file(lock, installed) \
            and os.path.isdir(os.path.join(work, "node_modules", "twilio")):
        return
    log(f"Installing twilio-cli and twilio into {work} (npm ci)")
    os.makedirs(work, exist_ok=True)
    # npm ci needs package.json and the lock file side by side; copy both, then install.
    shutil.copyfile(os.path.join(HERE, "package.json"), os.path.join(work, "package.json"))
    shutil.copyfile(lock, installed)
    subprocess.run(["npm", "ci", "--prefix", work, "--no-audit", "--no-fund", "--loglevel=error"],
                   check=True)


# --- Prism ---

class Prism:
    """Prism on a free 127.0.0.1 port; counts the requests it logs as received."""

    REQUEST = re.compile(r"\[HTTP SERVER\]\s+(\w+)\s+(\S+).*Request received")

    def __init__(self):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.requests = []
        self._cond = threading.Condition()
        self._ready = False
        self.proc = subprocess.Popen(
            [PRISM, "mock", "-h", "127.0.0.1", "-p", str(self.port), SPEC],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        with self._cond:
            if not self._cond.wait_for(lambda: self._ready or self.proc.poll() is not None, 60):
                self.stop()
                sys.exit("send.py: Prism did not start within 60 s")
        if not self._ready:
            sys.exit(f"send.py: Prism exited with {self.proc.returncode}")

    def _read(self):
        # Prism colours its log only on a terminal; strip escapes anyway.
        for raw in self.proc.stdout:
            line = re.sub(r"\x1b\[[0-9;]*m", "", raw.decode(errors="replace"))
            with self._cond:
                if "Prism is listening" in line:
                    self._ready = True
                m = self.REQUEST.search(line)
                if m:
                    self.requests.append((m.group(1).upper(), m.group(2)))
                self._cond.notify_all()

    def count(self):
        with self._cond:
            return len(self.requests)

    def since(self, start, at_least=1, timeout=5.0):
        """The requests logged after the first `start`, waiting a little for the log to catch up."""
        with self._cond:
            self._cond.wait_for(lambda: len(self.requests) >= start + at_least, timeout)
            return list(self.requests[start:])

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


# --- the runs ---

def run_once(name, argv, env, prism, tmp):
    before = prism.count()
    out_path = os.path.join(tmp, "stdout")
    err_path = os.path.join(tmp, "stderr")
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    with open(out_path, encoding="utf-8", errors="replace") as f:
        stdout = f.read()
    with open(err_path, encoding="utf-8", errors="replace") as f:
        stderr = f.read()
    if proc.returncode != 0:
        sys.exit(f"send.py: {name} exited with {proc.returncode}\n"
                 f"command: {' '.join(argv)}\nstdout: {stdout[-2000:]}\nstderr: {stderr[-2000:]}")
    requests = prism.since(before)
    posts = [r for r in requests if r[0] == "POST" and r[1].endswith("/Messages.json")]
    if len(posts) != 1:
        sys.exit(f"send.py: {name} made {len(posts)} message POSTs to Prism in one run "
                 f"(requests seen: {requests})\nstdout: {stdout[-2000:]}\nstderr: {stderr[-2000:]}")
    if PRISM_SID not in stdout:
        sys.exit(f"send.py: {name} did not print Prism's message SID {PRISM_SID}\n"
                 f"stdout: {stdout[-2000:]}\nstderr: {stderr[-2000:]}")
    return wall, usage.ru_maxrss / 1024.0, len(requests)


def check(argv, env, stdin=None):
    done = subprocess.run(argv, env=env, input=stdin, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        sys.exit(f"send.py: {' '.join(argv)} exited with {done.returncode}\n"
                 f"{done.stdout}{done.stderr}")
    return done.stdout


def setup_cli(cli, prism, tmp):
    home = os.path.join(tmp, "cli")
    env = dict(os.environ,
               XDG_CONFIG_HOME=os.path.join(home, "config"),
               XDG_DATA_HOME=os.path.join(home, "data"),
               XDG_CACHE_HOME=os.path.join(home, "cache"))
    for sub in ("config", "data", "cache"):
        os.makedirs(os.path.join(home, sub), exist_ok=True)
    check([cli, "profiles", "add", "bench", "--api-base", prism.base,
           "--verify-base", prism.base], env)
    for name, value in (("TWILIO_ACCOUNT_SID", ACCOUNT_SID), ("TWILIO_AUTH_TOKEN", AUTH_TOKEN),
                        ("TWILIO_PHONE_NUMBER", FROM)):
        check([cli, "secrets", "set", "--profile", "bench", name], env, stdin=value)
    argv = [cli, "send", "--profile", "bench", "--to", TO, "--body", BODY]
    return argv, env


def setup_node(work, prism):
    env = dict(os.environ, NODE_PATH=os.path.join(work, "node_modules"),
               BENCH_PRISM_BASE=prism.base,
               TWILIO_ACCOUNT_SID=ACCOUNT_SID, TWILIO_AUTH_TOKEN=AUTH_TOKEN)
    env.pop("NODE_OPTIONS", None)
    argv = ["node", os.path.join(HERE, "send-node.js"), "--to", TO, "--from", FROM, "--body", BODY]
    return argv, env


def setup_twilio_cli(work, prism, tmp):
    home = os.path.join(tmp, "twilio-cli")
    os.makedirs(home, exist_ok=True)
    request_log = os.path.join(tmp, "twilio-cli-requests.log")
    env = dict(os.environ, HOME=home,
               TWILIO_CONFIG_DIR=os.path.join(home, ".twilio-cli"),
               TWILIO_CACHE_DIR=os.path.join(home, ".twilio-cli"),
               TWILIO_DATA_DIR=os.path.join(home, ".twilio-cli"),
               TWILIO_ACCOUNT_SID=ACCOUNT_SID, TWILIO_AUTH_TOKEN=AUTH_TOKEN,
               TWILIO_SKIP_NEW_VERSION_CHECK="true", TWILIO_DISABLE_AUTOUPDATE="true",
               NODE_OPTIONS=f"--require {os.path.join(HERE, 'preload-axios.js')}",
               BENCH_PRISM_BASE=prism.base, BENCH_REQUEST_LOG=request_log)
    for name in ("TWILIO_API_KEY", "TWILIO_API_SECRET", "TWILIO_REGION", "TWILIO_EDGE",
                 "HTTP_PROXY", "HTTPS_PROXY"):
        env.pop(name, None)
    argv = [os.path.join(work, "node_modules", ".bin", "twilio"), "api:core:messages:create",
            "--to", TO, "--from", FROM, "--body", BODY]
    return argv, env, request_log


def package_version(path):
    try:
        with open(os.path.join(path, "package.json"), encoding="utf-8") as f:
            return json.load(f)["version"]
    except (OSError, KeyError, ValueError):
        return "?"


def print_versions(cli, work):
    nm = os.path.join(work, "node_modules")
    node = subprocess.run(["node", "--version"], stdout=subprocess.PIPE, text=True).stdout.strip()
    rev = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], text=True,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout.strip()
    dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout
    built = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(os.path.getmtime(cli)))
    build_type = "?"
    try:
        with open(os.path.join(os.path.dirname(cli), "..", "..", "CMakeCache.txt"),
                  encoding="utf-8", errors="replace") as f:
            m = re.search(r"^CMAKE_BUILD_TYPE:STRING=(.*)$", f.read(), re.M)
            build_type = (m.group(1) if m else "") or "none"
    except OSError:
        pass
    log(f"sms-hook-cli  {cli} ({build_type}; tree {rev or '?'}{', modified' if dirty else ''}; "
        f"built {built})")
    log(f"node          {node}")
    log(f"twilio-cli    {package_version(os.path.join(nm, 'twilio-cli'))} "
        f"(@twilio/cli-core {package_version(os.path.join(nm, '@twilio', 'cli-core'))})")
    log(f"twilio        {package_version(os.path.join(nm, 'twilio'))} (twilio-node)")
    prism = package_version(os.path.join(CONTRACT, "node_modules", "@stoplight", "prism-cli"))
    log(f"Prism         {prism} serving {os.path.relpath(SPEC, ROOT)}")


def summarise(samples, runs):
    log("")
    log(f"{'tool':13s} {'runs':>4s} {'median ms':>10s} {'min ms':>8s} {'max ms':>8s} "
        f"{'median RSS MB':>14s} {'max RSS MB':>11s} {'requests/send':>14s}")
    for name, rows in samples.items():
        times = [t * 1000 for t, _, _ in rows]
        rss = [r for _, r, _ in rows]
        reqs = sorted({n for _, _, n in rows})
        log(f"{name:13s} {len(rows):4d} {statistics.median(times):10.1f} {min(times):8.1f} "
            f"{max(times):8.1f} {statistics.median(rss):14.1f} {max(rss):11.1f} "
            f"{'/'.join(map(str, reqs)):>14s}")
    base_t = statistics.median(t for t, _, _ in samples["sms-hook-cli"])
    base_r = statistics.median(r for _, r, _ in samples["sms-hook-cli"])
    log("")
    for name, target in TARGETS.items():
        ratio = statistics.median(t for t, _, _ in samples[name]) / base_t
        rss_ratio = statistics.median(r for _, r, _ in samples[name]) / base_r
        log(f"{name}/sms-hook-cli: wall {ratio:5.2f}x (target >= {target:.0f}x: "
            f"{'met' if ratio >= target else 'MISSED'}); peak RSS {rss_ratio:5.2f}x")


def benchmark(args):
    cli = os.path.abspath(args.cli)
    work = os.path.abspath(args.work)
    load_before = os.getloadavg()
    log(f"{args.runs} runs per tool, interleaved; {os.cpu_count()} CPUs; "
        f"load average before: {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f}")
    print_versions(cli, work)

    prism = Prism()
    log(f"Prism listening on {prism.base}")
    try:
        with tempfile.TemporaryDirectory(prefix="smshook-bench-send.") as tmp:
            cli_argv, cli_env = setup_cli(cli, prism, tmp)
            node_argv, node_env = setup_node(work, prism)
            tc_argv, tc_env, tc_log = setup_twilio_cli(work, prism, tmp)
            tools = [("sms-hook-cli", cli_argv, cli_env),
                     ("twilio-node", node_argv, node_env),
                     ("twilio-cli", tc_argv, tc_env)]
            # One untimed run of each: page cache, twilio-cli's first-run files.
            for name, argv, env in tools:
                run_once(name, argv, env, prism, tmp)
            samples = {name: [] for name, _, _ in tools}
            for i in range(args.runs):
                for k in range(len(tools)):
                    name, argv, env = tools[(i + k) % len(tools)]
                    samples[name].append(run_once(name, argv, env, prism, tmp))
            # twilio-cli's preload logged each request it redirected, with the URL it replaced.
            with open(tc_log, encoding="utf-8") as f:
                redirected = f.read().splitlines()
            if len(redirected) != args.runs + 1 or \
                    not all(line.startswith("POST https://api.twilio.com/") for line in redirected):
                sys.exit("send.py: twilio-cli's redirect log is not one api.twilio.com POST "
                         "per run:\n" + "\n".join(redirected[:5]))
            load_after = os.getloadavg()
    finally:
        prism.stop()

    summarise(samples, args.runs)
    log("")
    log(f"Every run exited 0, printed {PRISM_SID} (Prism's example) and was seen in Prism's log "
        f"({len(prism.requests)} requests in all); twilio-cli's preload replaced "
        f"{redirected[0].split()[1].split('/2010-04-01')[0]} with {prism.base}.")
    log(f"load average after: {load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f} "
        f"(on {os.cpu_count()} CPUs)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--cli", default=default_cli(),
                        help="sms-hook-cli to time (default: build-send's, else build's)")
    parser.add_argument("--work", default=os.path.join(os.path.expanduser("~"), ".cache",
                                                       "sms-hook-console-bench"),
                        help="where twilio-cli and twilio are installed (outside the repository)")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    if os.environ.get(IN_KEYRING) == "1":
        benchmark(args)
        return

    cli = os.path.abspath(args.cli)
    if not os.access(cli, os.X_OK):
        sys.exit(f"send.py: no sms-hook-cli at {cli} (build it, or give --cli)")
    usage = subprocess.run([cli, "--help"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           text=True).stdout
    if not re.search(r"^\s*send\b", usage, re.M):
        sys.exit(f"send.py: {cli} has no `send` command yet")
    work = os.path.abspath(args.work)
    ensure_tools(work)
    # Always inside a private D-Bus session with a throwaway, unlocked keyring and a temporary
    # HOME: the benchmark's secrets never reach the user's own keyring. Paths are made absolute
    # first, since HOME changes.
    env = dict(os.environ, **{IN_KEYRING: "1"})
    argv = [os.path.join(ROOT, "scripts", "with-keyring.sh"), sys.executable,
            os.path.abspath(__file__), "--runs", str(args.runs), "--cli", cli, "--work", work]
    status = subprocess.run(argv, env=env).returncode
    if status == 77:
        sys.exit("send.py: needs dbus-run-session and gnome-keyring-daemon "
                 "(sms-hook-cli keeps its secrets in a keychain)")
    sys.exit(status)


if __name__ == "__main__":
    main()
