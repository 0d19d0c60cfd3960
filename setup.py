# SPDX-License-Identifier: MIT
"""Builds the extension advocacy._advocacy with the project's own CMake build.

The version comes from CMakeLists.txt, where it is set once. With ADVOCACY_PREBUILT_DIR set to a
build folder that has already built the extension (its python/advocacy holds _advocacy*.so), that
extension is packaged as it is instead of being compiled again.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent


def project_version() -> str:
    text = (ROOT / "CMakeLists.txt").read_text(encoding="utf-8")
    match = re.search(r"project\(advocacy VERSION ([0-9.]+)", text)
    if not match:
        raise RuntimeError("CMakeLists.txt: no 'project(advocacy VERSION x.y.z' line")
    return match.group(1)


class CMakeExtension(Extension):
    def __init__(self, name: str) -> None:
        super().__init__(name, sources=[])


class CMakeBuild(build_ext):
    def build_extension(self, ext: Extension) -> None:
        target = Path(self.get_ext_fullpath(ext.name)).resolve()
        prebuilt = os.environ.get("ADVOCACY_PREBUILT_DIR")
        if prebuilt:
            self.install_built(Path(prebuilt), target)
            return
        build = Path(self.build_temp).resolve() / "cmake"
        jobs = str(os.cpu_count() or 2)
        subprocess.run(
            [
                "cmake", "-S", str(ROOT), "-B", str(build),
                "-DCMAKE_BUILD_TYPE=Release",
                f"-DPython_EXECUTABLE={sys.executable}",
                "-DADVOCACY_BUILD_PYTHON=ON",
                "-DADVOCACY_BUILD_TESTS=OFF",
                "-DADVOCACY_BUILD_EXAMPLES=OFF",
                "-DADVOCACY_BUILD_CLI=OFF",
                "-DADVOCACY_BUILD_BENCHMARKS=OFF",
                "-DADVOCACY_INSTALL=OFF",
            ],
            check=True,
        )
        subprocess.run(["cmake", "--build", str(build), "--target", "_advocacy", "-j", jobs], check=True)
        self.install_built(build, target)

    def install_built(self, build: Path, target: Path) -> None:
        found = sorted((build / "python" / "advocacy").glob("_advocacy*.so"))
        if not found:
            raise RuntimeError(f"{build}: no python/advocacy/_advocacy*.so; build the target _advocacy first")
        target.parent.mkdir(parents=True, exist_ok=True)
        self.copy_file(str(found[0]), str(target))


setup(
    version=project_version(),
    ext_modules=[CMakeExtension("advocacy._advocacy")],
    cmdclass={"build_ext": CMakeBuild},
)
