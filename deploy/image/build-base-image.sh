#!/usr/bin/env bash
# Builds Kringloop's OCI base image without a Docker daemon or registry: Debian bookworm (minbase)
# with OpenJDK 17 JRE (headless), straight from Debian's package archive, written as a
# docker-archive tarball that Jib takes as `tar://…` base image.
#
#   deploy/image/build-base-image.sh target/kringloop-base.tar
#
# Needs root (debootstrap chroots) and Debian's debootstrap package. Where a registry is reachable,
# eclipse-temurin:17-jre (the Jib default in app/pom.xml) serves equally well.
set -euo pipefail

out=${1:?usage: build-base-image.sh OUTPUT.tar}
suite=${DEBIAN_SUITE:-bookworm}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rootfs="$work/rootfs"

echo "Building base image: Debian $suite + openjdk-17-jre-headless" >&2
debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates,tzdata \
  "$suite" "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 || { tail -40 "$work/debootstrap.log" >&2; exit 1; }

# Slim down: package caches, documentation, manuals and locales are not needed at run time.
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* \
       "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* \
       "$rootfs"/var/log/* "$rootfs"/tmp/*
find "$rootfs"/usr/share/locale -mindepth 1 -maxdepth 1 ! -name 'C.*' -exec rm -rf {} + 2>/dev/null || true

# The image's user (Jib runs the app as 1000:1000) and its data directory.
chroot "$rootfs" /usr/sbin/groupadd --gid 1000 kringloop
chroot "$rootfs" /usr/sbin/useradd --uid 1000 --gid 1000 --home-dir /var/lib/kringloop --no-create-home kringloop
mkdir -p "$rootfs/var/lib/kringloop" && chown 1000:1000 "$rootfs/var/lib/kringloop"

mkdir -p "$(dirname "$out")"
python3 - "$rootfs" "$out" "$suite" <<'PY'
import hashlib, json, os, sys, tarfile, tempfile
rootfs, out, suite = sys.argv[1], sys.argv[2], sys.argv[3]
with tempfile.TemporaryDirectory() as tmp:
    layer = os.path.join(tmp, "layer.tar")
    with tarfile.open(layer, "w", format=tarfile.PAX_FORMAT) as tar:
        for name in sorted(os.listdir(rootfs)):
            tar.add(os.path.join(rootfs, name), arcname=name)
    digest = hashlib.sha256(open(layer, "rb").read()).hexdigest()
    config = {
        "architecture": "amd64",
        "os": "linux",
        "config": {
            "Env": [
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64",
                "LANG=C.UTF-8",
            ],
            "User": "1000:1000",
        },
        "rootfs": {"type": "layers", "diff_ids": ["sha256:" + digest]},
        "history": [{"created_by": "deploy/image/build-base-image.sh (debootstrap %s minbase + openjdk-17-jre-headless)" % suite}],
    }
    config_bytes = json.dumps(config).encode()
    config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
    manifest = [{"Config": config_name, "RepoTags": ["kringloop-base:%s-jre17" % suite], "Layers": [digest + "/layer.tar"]}]
    with tarfile.open(out, "w") as image:
        image.add(layer, arcname=digest + "/layer.tar")
        for name, data in ((config_name, config_bytes), ("manifest.json", json.dumps(manifest).encode())):
            path = os.path.join(tmp, name)
            open(path, "wb").write(data)
            image.add(path, arcname=name)
print("Wrote %s (layer sha256:%s)" % (out, digest[:12]), file=sys.stderr)
PY
