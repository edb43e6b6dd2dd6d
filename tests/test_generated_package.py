"""The committed package: lint-clean, type-checked, complete, and installable."""

from __future__ import annotations

import inspect
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import worker_backend_client
from backend import Backend
from payloads import REPO, messages
from worker_backend_client import AsyncWorkerClient, MessageType, WorkerClient

from generator import naming

PACKAGE = REPO / "generated" / "python"
TOOLS = Path(sys.executable).parent
SHARED_METHODS = {"send_to_queue", "get_job_status"}


def run(command: list[str | Path], *, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=240,
    )


def public_methods(client_class: type) -> set[str]:
    return {
        name
        for name, member in inspect.getmembers(client_class, inspect.isfunction)
        if not name.startswith("_")
    }


def contract_methods() -> set[str]:
    return {naming.method_name(found.type) for found in messages()}


@pytest.mark.parametrize(
    "command",
    [
        ["check", "--no-cache", "."],
        ["format", "--check", "--no-cache", "."],
    ],
    ids=["check", "format"],
)
def test_ruff_passes(command: list[str]) -> None:
    result = run([TOOLS / "ruff", *command], cwd=PACKAGE)

    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache for the module's mypy runs, outside the repository."""
    return tmp_path_factory.mktemp("mypy-cache")


def test_mypy_strict_passes(mypy_cache: Path) -> None:
    result = run(
        [
            TOOLS / "mypy",
            "--strict",
            "--cache-dir",
            mypy_cache,
            "worker_backend_client",
        ],
        cwd=PACKAGE,
    )

    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_catches_a_misuse_of_the_public_types(
    mypy_cache: Path, tmp_path: Path
) -> None:
    usage = tmp_path / "usage.py"
    usage.write_text(
        textwrap.dedent(
            """
            from worker_backend_client import JobResponse, JobStatus, WorkerClient

            def ok(client: WorkerClient) -> tuple[JobResponse, JobStatus]:
                job = client.file_download_request({"modelId": "m-1"})
                return job, client.get_job_status(job.job_id)

            def wrong(client: WorkerClient) -> int:
                return client.file_download_request(7)
            """
        ),
        encoding="utf-8",
    )

    result = run(
        [
            TOOLS / "mypy",
            "--strict",
            "--cache-dir",
            mypy_cache,
            "--config-file",
            PACKAGE / "pyproject.toml",
            usage,
        ],
        cwd=PACKAGE,
    )

    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert result.returncode == 1, result.stdout
    assert [line.split(":")[1] for line in errors] == ["9", "9"], result.stdout


def test_each_client_has_one_method_per_message() -> None:
    expected = contract_methods()

    sync_methods = public_methods(WorkerClient) - SHARED_METHODS - {"close"}
    async_methods = public_methods(AsyncWorkerClient) - SHARED_METHODS - {"aclose"}

    assert len(expected) == 68
    assert sync_methods == expected
    assert async_methods == expected
    assert all(
        inspect.iscoroutinefunction(getattr(AsyncWorkerClient, name))
        for name in async_methods | SHARED_METHODS
    )


def test_the_message_type_enum() -> None:
    assert MessageType.FILE_DOWNLOAD_REQUEST == "file-download-request"
    assert isinstance(MessageType.FILE_DOWNLOAD_REQUEST, str)
    assert {member.value for member in MessageType} == {
        found.type for found in messages()
    }
    assert all(
        member.name == naming.constant_name(member.value) for member in MessageType
    )


def test_every_payload_class_is_exported() -> None:
    exported = set(worker_backend_client.__all__)

    for found in messages():
        assert found.class_name in exported
        payload_class = getattr(worker_backend_client, found.class_name)
        assert issubclass(payload_class, worker_backend_client.Payload)


def test_all_is_sorted_and_importable() -> None:
    names = worker_backend_client.__all__

    assert names == sorted(names)
    assert all(hasattr(worker_backend_client, name) for name in names)
    assert {"JobResponse", "JobStatus", "WorkerClientError"} <= set(names)


def test_the_version_is_the_contracts() -> None:
    version = (REPO / "message_schemas" / "VERSION").read_text().strip()

    assert worker_backend_client.__version__ == version
    assert f'version = "{version}"' in (PACKAGE / "pyproject.toml").read_text()


@pytest.mark.slow
def test_pip_install_into_a_fresh_venv(backend: Backend, tmp_path: Path) -> None:
    # A copy, so that building the wheel can never write into generated/.
    source = tmp_path / "source"
    shutil.copytree(PACKAGE, source, ignore=shutil.ignore_patterns(".*", "__pycache__"))
    venv = tmp_path / "venv"
    python = venv / "bin" / "python"

    assert run([sys.executable, "-m", "venv", venv], cwd=tmp_path).returncode == 0
    installed = run(
        [python, "-m", "pip", "install", "--disable-pip-version-check", source],
        cwd=tmp_path,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr

    smoke = textwrap.dedent(
        f"""
        import worker_backend_client as package
        from worker_backend_client import AsyncWorkerClient, WorkerClient

        assert "site-packages" in package.__file__, package.__file__
        methods = {{n for n in dir(WorkerClient) if not n.startswith("_")}}
        async_methods = {{n for n in dir(AsyncWorkerClient) if not n.startswith("_")}}
        print(len(methods - {{"close"}}), len(async_methods - {{"aclose"}}))
        with WorkerClient({backend.url!r}) as client:
            print(client.file_download_request({{"modelId": "m-1"}}).job_id)
        """
    )
    result = subprocess.run(
        [python, "-c", smoke],
        cwd=tmp_path,
        env={key: value for key, value in os.environ.items() if key != "PYTHONPATH"},
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    # 68 message methods plus send_to_queue, get_job_status, base_url, timeout.
    assert result.stdout.split() == ["72", "72", "job-1"]
    assert [(r.method, r.path) for r in backend.requests] == [
        ("POST", "/api/jobs/file-download-request")
    ]
