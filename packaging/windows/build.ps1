<#
.SYNOPSIS
    Build Terugkeer for Windows on a build machine: the PyInstaller one-folder build and the MSI, optionally signed.

.DESCRIPTION
    Needs: Python 3.11 (the py launcher), WiX Toolset 3.14 (candle/heat/light; the WIX variable its installer
    sets, or -WixBin), and for signing the Windows SDK's signtool.exe with a code-signing certificate in the
    certificate store. Output: dist\terugkeer\ (the program) and dist\Terugkeer-<version>.msi.
    The version comes from pyproject.toml, the only place it is written.

    Silent install (per machine, with the machine policy):
        msiexec /i Terugkeer-x.y.z.msi /qn MUNICIPALITY="Gemeente X" AUTOLOCKMINUTES=5
    Installing a newer MSI upgrades in place; uninstalling keeps every user's workspaces (%APPDATA%\Terugkeer).

.PARAMETER CertificateThumbprint
    SHA-1 thumbprint of the code-signing certificate (Cert:\CurrentUser\My or Cert:\LocalMachine\My).
    Without it nothing is signed.

.EXAMPLE
    powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 -CertificateThumbprint 0123456789ABCDEF0123456789ABCDEF01234567
#>
param(
    [string]$CertificateThumbprint = "",
    [string]$TimestampUrl = "http://timestamp.digicert.com",
    [string]$PythonVersion = "3.11",
    [string]$WixBin = $(if ($env:WIX) { Join-Path $env:WIX "bin" } else { "" }),
    [string]$SignTool = "signtool.exe"
)
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path (Join-Path $PSScriptRoot "..\.."))

function Run([string]$Program, [string[]]$Arguments) {
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program failed with exit code $LASTEXITCODE" }
}

function Sign([string]$Path) {
    if (-not $CertificateThumbprint) { Write-Host "not signed (no -CertificateThumbprint): $Path"; return }
    Run $SignTool @("sign", "/sha1", $CertificateThumbprint, "/fd", "SHA256", "/tr", $TimestampUrl, "/td", "SHA256",
                    "/d", "Terugkeer", $Path)
    Run $SignTool @("verify", "/pa", $Path)
}

$Version = (& py "-$PythonVersion" -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])").Trim()
Write-Host "Terugkeer $Version"

# A virtual environment of its own, with PyInstaller from the package extra.
if (-not (Test-Path ".venv-win\Scripts\python.exe")) { Run "py" @("-$PythonVersion", "-m", "venv", ".venv-win") }
$Python = ".venv-win\Scripts\python.exe"
Run $Python @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
Run $Python @("-m", "pip", "install", "--quiet", "-e", ".[package]")

# Compiled translations first: the spec refuses to build without them.
Get-ChildItem "resources\translations\*.ts" | ForEach-Object {
    Run ".venv-win\Scripts\pyside6-lrelease.exe" @("-silent", $_.FullName, "-qm", ($_.FullName -replace "\.ts$", ".qm"))
}

Run ".venv-win\Scripts\pyinstaller.exe" @("--noconfirm", "--clean", "--distpath", "dist", "--workpath", "build\pyinstaller",
                                          "packaging\terugkeer.spec")
Run $Python @("packaging\check_dist.py", "dist\terugkeer")

# The same self-test IT runs after installing, on the build itself.
$env:QT_QPA_PLATFORM = "offscreen"
Run "dist\terugkeer\terugkeer.exe" @("self-test")
Remove-Item Env:\QT_QPA_PLATFORM
Sign "dist\terugkeer\terugkeer.exe"

# WiX 3: harvest the folder into the component group AppFiles, compile, link.
$Heat = Join-Path $WixBin "heat.exe"; $Candle = Join-Path $WixBin "candle.exe"; $Light = Join-Path $WixBin "light.exe"
New-Item -ItemType Directory -Force "build\wix" | Out-Null
Run $Heat @("dir", "dist\terugkeer", "-nologo", "-cg", "AppFiles", "-dr", "INSTALLFOLDER", "-srd", "-sreg", "-scom",
            "-ag", "-var", "var.SourceDir", "-out", "build\wix\files.wxs")
Run $Candle @("-nologo", "-arch", "x64", "-dVersion=$Version", "-dSourceDir=dist\terugkeer",
              "-dIconFile=resources\icons\terugkeer.ico", "-out", "build\wix\",
              "packaging\windows\terugkeer.wxs", "build\wix\files.wxs")
$Msi = "dist\Terugkeer-$Version.msi"
# ICE61: AllowSameVersionUpgrades is meant (a rebuilt MSI of the same version replaces the installed one).
Run $Light @("-nologo", "-sice:ICE61", "-out", $Msi, "build\wix\terugkeer.wixobj", "build\wix\files.wixobj")
Sign $Msi
Write-Host "built $Msi ($([math]::Round((Get-Item $Msi).Length / 1MB, 1)) MB)"
