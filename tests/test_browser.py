"""End to end: `extractor serve` on loopback, a page loaded in headless Chromium shows a stored fact."""

import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from conftest import CORPUS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_served_store_shows_an_official_in_chromium(tmp_path: Path) -> None:
    db = tmp_path / "facts.sqlite"
    subprocess.run([sys.executable, "-m", "extractor.cli", "batch", str(CORPUS / "seed"), "--db", str(db),
                    "--workers", "1", "--quiet"], check=True, capture_output=True)
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "extractor.cli", "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/facts/officials_by_organization?organization=so+noi+vu"
        deadline = time.time() + 60
        while time.time() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.3)
        profile = tempfile.mkdtemp()
        page = subprocess.run(
            [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--virtual-time-budget=5000", "--dump-dom", url],
            capture_output=True, text=True, timeout=120)
        assert "Trần Thế Vương" in page.stdout, page.stderr[-500:]
    finally:
        server.terminate()
        server.wait(timeout=30)
