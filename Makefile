# The README's two commands are `make run` and `make test`; both set everything up first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.stamp-installed
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: setup run test bench lint translations update-translations clean package msi-check package-test manual-shots

setup: $(STAMP) $(QM)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Terugkeer needs Python 3.11 or newer")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $@

# Compiled translations are build output, made from the .ts sources.
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Refresh the app's .ts sources from the English strings in ui/ (developers only). qtbase_extra_*.ts holds Qt's own
# strings that Qt's translation lacks; it is edited by hand, as is numerus_en.ts (the English singular of counted
# messages; tests/unit/test_translations.py names any it misses).
update-translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none $$(find ui -name '*.py' | sort) \
		-ts $(wildcard resources/translations/terugkeer_*.ts)

run: setup
	@sh packaging/linux/ensure-qt-libs.sh
	$(VENV)/bin/terugkeer

# In parallel, one worker per core (pytest-xdist); a worker that runs dry takes tests queued for the other
# (worksteal), so one long test at the end does not leave a core idle. The summary line prints the time.
# Byte code is written even where the environment says not to: every command-line test starts a fresh Python.
test: setup
	QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE= $(PY) -m pytest -q -n auto --dist worksteal

lint: setup
	$(VENV)/bin/ruff check app db ui tests bench
	$(VENV)/bin/mypy

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench.py

# The user guide's screenshots (resources/manual/img), made again from the running app on demo workspaces.
manual-shots: setup
	QT_QPA_PLATFORM=offscreen $(PY) tools/manual_screenshots.py

# Installers (see README, "Installers"). PyInstaller goes into the venv only for this: the `package` extra.
PACKAGE_STAMP := $(VENV)/.stamp-package

$(PACKAGE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,package]'
	@touch $@

# The one-folder build (dist/terugkeer, size checked), the .deb (dist/) and the MSI source compiled with wixl.
package: setup $(PACKAGE_STAMP)
	@sh packaging/linux/ensure-qt-libs.sh
	@command -v dpkg-deb >/dev/null && command -v readelf >/dev/null || { echo "make package needs dpkg-deb and readelf (apt-get install -y dpkg binutils)" >&2; exit 1; }
	@start=$$(date +%s); \
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/terugkeer.spec && \
	$(PY) packaging/check_dist.py dist/terugkeer && \
	$(PY) packaging/linux/build_deb.py && \
	sh packaging/windows/msi-check.sh && \
	echo "make package: done in $$(( $$(date +%s) - start )) s"

msi-check: setup
	sh packaging/windows/msi-check.sh

# Installs the .deb (root), runs `terugkeer self-test` and `--version` from it, removes it again.
package-test:
	TERUGKEER_PACKAGE_TEST=1 $(PY) -m pytest -q tests/packaging

clean:
	rm -rf $(VENV) build dist *.egg-info $(QM)
