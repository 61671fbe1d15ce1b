#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Made the test key material in this folder once, with the openssl command line (OpenSSL 3.0).
# The files are committed; rerun only to replace them all (tests compare nothing key-specific).
set -euo pipefail
cd "$(dirname "$0")"
P=pass:inspector-test
EXT=$(mktemp)
WORK=$(mktemp -d)
trap 'rm -rf "$EXT" "$WORK"' EXIT
cat > "$EXT" <<'CNF'
[ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[client]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
CNF

# JWT signing keys: one 2048-bit key in every encoding, one 4096-bit key, and keys that must be refused.
openssl genrsa -traditional -out rsa2048-pkcs1.pem 2048
openssl pkcs8 -topk8 -nocrypt -in rsa2048-pkcs1.pem -out rsa2048-pkcs8.pem
openssl pkcs8 -topk8 -v2 aes-256-cbc -passout $P -in rsa2048-pkcs1.pem -out rsa2048-pkcs8-encrypted.pem
openssl rsa -traditional -aes256 -passout $P -in rsa2048-pkcs1.pem -out rsa2048-pkcs1-encrypted.pem
openssl rsa -pubout -in rsa2048-pkcs1.pem -out rsa2048-public.pem
openssl rsa -RSAPublicKey_out -in rsa2048-pkcs1.pem -out rsa2048-public-pkcs1.pem
openssl genrsa -out rsa4096-pkcs8.pem 4096
openssl rsa -pubout -in rsa4096-pkcs8.pem -out rsa4096-public.pem
openssl genrsa -traditional -out rsa1024.pem 1024
openssl ecparam -name prime256v1 -genkey -noout -out ec-p256.pem
openssl pkcs8 -topk8 -nocrypt -in ec-p256.pem -out ec-p256-pkcs8.pem
openssl genpkey -algorithm ed25519 -out ed25519.pem
head -c 700 rsa2048-pkcs1.pem > rsa2048-truncated.pem
printf 'This is not a key, just some text.\n' > garbage.txt
: > empty.pem

# TLS client certificates: root CA -> intermediate CA -> client (RSA and EC). The CA keys are thrown away.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/root.key"
openssl req -x509 -new -key "$WORK/root.key" -subj "/O=Inspector Test/CN=Inspector Test Root CA" \
    -days 36500 -sha256 -config "$EXT" -extensions ca -out ca-root.pem
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/int.key"
openssl req -new -key "$WORK/int.key" -subj "/O=Inspector Test/CN=Inspector Test Intermediate CA" -out "$WORK/int.csr"
openssl x509 -req -in "$WORK/int.csr" -CA ca-root.pem -CAkey "$WORK/root.key" -CAcreateserial \
    -CAserial "$WORK/serial" -days 36500 -sha256 -extfile "$EXT" -extensions ca -out ca-intermediate.pem
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out client.key
openssl req -new -key client.key -subj "/O=Inspector Test/CN=export-bot" -out "$WORK/client.csr"
openssl x509 -req -in "$WORK/client.csr" -CA ca-intermediate.pem -CAkey "$WORK/int.key" -CAcreateserial \
    -CAserial "$WORK/serial" -days 36500 -sha256 -extfile "$EXT" -extensions client -out client.pem
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out client-ec.key
openssl req -new -key client-ec.key -subj "/O=Inspector Test/CN=export-bot-ec" -out "$WORK/client-ec.csr"
openssl x509 -req -in "$WORK/client-ec.csr" -CA ca-intermediate.pem -CAkey "$WORK/int.key" \
    -CAserial "$WORK/serial" -days 36500 -sha256 -extfile "$EXT" -extensions client -out client-ec.pem
openssl pkcs8 -topk8 -v2 aes-256-cbc -passout $P -in client.key -out client-encrypted.key
cat client.pem client.key > client-with-key.pem
cat client.pem client-encrypted.key > client-with-encrypted-key.pem
cat ca-intermediate.pem client.key client.pem > client-chain-with-key.pem
cat client.pem rsa2048-pkcs8.pem > client-mismatched-key.pem
cat client-ec.pem client-ec.key > client-ec-with-key.pem
cat ca-root.pem ca-intermediate.pem > ca-bundle.pem
openssl pkcs12 -export -in client.pem -inkey client.key -certfile ca-intermediate.pem -name export-bot \
    -passout $P -out client.p12
openssl pkcs12 -export -in client.pem -inkey client.key -certfile ca-intermediate.pem -name export-bot \
    -passout pass: -out client-emptypass.p12
openssl pkcs12 -export -in client.pem -inkey client.key -name export-bot -keypbe NONE -certpbe NONE -nomac \
    -passout pass: -out client-unencrypted.p12
openssl pkcs12 -export -legacy -in client.pem -inkey client.key -name export-bot -passout $P -out client-legacy.p12
openssl pkcs12 -export -nokeys -in client.pem -name export-bot -passout $P -out client-nokey.p12
