/**
 * docx/xlsx/pptx → Office's own password encryption: ECMA-376 agile encryption ([MS-OFFCRYPTO]
 * §2.3.4.10-2.3.4.15) with AES-256-CBC and SHA-512, spin count 100000, inside a compound file
 * with the data spaces Office writes (§2.1). Word, Excel, PowerPoint and LibreOffice ask for the
 * password and open it.
 */
import { concatBytes, encodeBase64, encodeUtf8 } from '../codec/bytes';
import { sha512 } from '../crypto/sha2';
import { writeCompoundFile } from './compound-file';
import { aesCbcKey, aesCbcNoPadding, digest, hmac, randomBytes } from './webcrypto';

const SPIN_COUNT = 100000;
const SEGMENT = 4096;
const BLOCK = 16;

/** The fixed block keys of §2.3.4.11-2.3.4.14. */
const BLOCK_KEYS = {
  verifierInput: [0xfe, 0xa7, 0xd2, 0x76, 0x3b, 0x4b, 0x9e, 0x79],
  verifierValue: [0xd7, 0xaa, 0x0f, 0x6d, 0x30, 0x61, 0x34, 0x4e],
  keyValue: [0x14, 0x6e, 0x0b, 0xe7, 0xab, 0xac, 0xd0, 0xd6],
  hmacKey: [0x5f, 0xb2, 0xad, 0x01, 0x0c, 0xb9, 0xe1, 0xf6],
  hmacValue: [0xa0, 0x67, 0x7f, 0x02, 0xb2, 0x2c, 0x84, 0x33],
};

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[2 * i] = text.charCodeAt(i) & 0xff;
    out[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
}

function uint32le(n: number): Uint8Array {
  return Uint8Array.from([n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]);
}

/**
 * §2.3.4.11: H0 = SHA-512(salt + password), then 100000 rounds of SHA-512(i + H). Synchronous
 * SHA-512 here: a hundred thousand awaits of WebCrypto on 68-byte inputs take seconds.
 */
function passwordHash(password: string, salt: Uint8Array): Uint8Array {
  let h = sha512(concatBytes([salt, utf16le(password)]));
  const buffer = new Uint8Array(4 + h.length);
  for (let i = 0; i < SPIN_COUNT; i++) {
    buffer[0] = i & 0xff;
    buffer[1] = (i >>> 8) & 0xff;
    buffer[2] = (i >>> 16) & 0xff;
    buffer[3] = (i >>> 24) & 0xff;
    buffer.set(h, 4);
    h = sha512(buffer);
  }
  return h;
}

/** The key for one block key: SHA-512(H + blockKey), cut to 32 bytes (SHA-512 is longer, so never padded). */
async function derivedKey(hash: Uint8Array, blockKey: number[]): Promise<CryptoKey> {
  const full = await digest('SHA-512', concatBytes([hash, Uint8Array.from(blockKey)]));
  return aesCbcKey(full.subarray(0, 32));
}

/** IV for the data: SHA-512(keyData salt + block key), cut to the block size. */
async function derivedIv(salt: Uint8Array, blockKey: Uint8Array): Promise<Uint8Array> {
  return (await digest('SHA-512', concatBytes([salt, blockKey]))).subarray(0, BLOCK);
}

/** Zero-pads to whole blocks (the stream's size field says where the real data ends). */
function padToBlock(data: Uint8Array): Uint8Array {
  if (data.length % BLOCK === 0) return data;
  const out = new Uint8Array(Math.ceil(data.length / BLOCK) * BLOCK);
  out.set(data);
  return out;
}

/** §2.3.4.15: the package size, then 4096-byte segments each under its own IV. */
async function encryptPackage(secretKey: CryptoKey, keySalt: Uint8Array, pkg: Uint8Array): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [concatBytes([uint32le(pkg.length), uint32le(Math.floor(pkg.length / 0x100000000))])];
  for (let offset = 0, index = 0; offset < pkg.length; offset += SEGMENT, index++) {
    const segment = padToBlock(pkg.subarray(offset, Math.min(pkg.length, offset + SEGMENT)));
    chunks.push(await aesCbcNoPadding(secretKey, await derivedIv(keySalt, uint32le(index)), segment));
  }
  return concatBytes(chunks);
}

const CIPHER_ATTRIBUTES = 'blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"';

/** The EncryptionInfo stream (§2.3.4.10): version 4.4, flags 0x40, then the XML. */
function encryptionInfo(fields: {
  keySalt: Uint8Array;
  encryptedHmacKey: Uint8Array;
  encryptedHmacValue: Uint8Array;
  passwordSalt: Uint8Array;
  encryptedVerifierHashInput: Uint8Array;
  encryptedVerifierHashValue: Uint8Array;
  encryptedKeyValue: Uint8Array;
}): Uint8Array {
  const b64 = encodeBase64;
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password" xmlns:c="http://schemas.microsoft.com/office/2006/keyEncryptor/certificate">' +
    `<keyData saltSize="16" ${CIPHER_ATTRIBUTES} saltValue="${b64(fields.keySalt)}"/>` +
    `<dataIntegrity encryptedHmacKey="${b64(fields.encryptedHmacKey)}" encryptedHmacValue="${b64(fields.encryptedHmacValue)}"/>` +
    '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    `<p:encryptedKey spinCount="${SPIN_COUNT}" saltSize="16" ${CIPHER_ATTRIBUTES} saltValue="${b64(fields.passwordSalt)}" ` +
    `encryptedVerifierHashInput="${b64(fields.encryptedVerifierHashInput)}" encryptedVerifierHashValue="${b64(fields.encryptedVerifierHashValue)}" ` +
    `encryptedKeyValue="${b64(fields.encryptedKeyValue)}"/>` +
    '</keyEncryptor></keyEncryptors></encryption>';
  return concatBytes([Uint8Array.from([4, 0, 4, 0, 0x40, 0, 0, 0]), encodeUtf8(xml)]);
}

// ---- the data spaces ([MS-OFFCRYPTO] §2.1): how Office knows the package is encrypted ----------

/** UNICODE-LP-P4: byte length, UTF-16LE, padded to four bytes. */
function lpp4(text: string): Uint8Array {
  const chars = utf16le(text);
  const padding = (4 - (chars.length % 4)) % 4;
  return concatBytes([uint32le(chars.length), chars, new Uint8Array(padding)]);
}

const VERSION_1_0 = Uint8Array.from([1, 0, 0, 0]);

function dataSpaceStreams(): { path: string; data: Uint8Array }[] {
  const entry = concatBytes([uint32le(1), uint32le(0), lpp4('EncryptedPackage'), lpp4('StrongEncryptionDataSpace')]);
  const map = concatBytes([uint32le(8), uint32le(1), uint32le(entry.length + 4), entry]);
  const definition = concatBytes([uint32le(8), uint32le(1), lpp4('StrongEncryptionTransform')]);
  const id = lpp4('{FF9A3F03-56EF-4613-BDD5-5A41C1D07246}');
  const primary = concatBytes([
    uint32le(8 + id.length),
    uint32le(1),
    id,
    lpp4('Microsoft.Container.EncryptionTransform'),
    VERSION_1_0,
    VERSION_1_0,
    VERSION_1_0,
    uint32le(0), // EncryptionName: none
    uint32le(0), // EncryptionBlockSize
    uint32le(0), // CipherMode
    uint32le(4), // Reserved
  ]);
  const version = concatBytes([lpp4('Microsoft.Container.DataSpaces'), VERSION_1_0, VERSION_1_0, VERSION_1_0]);
  return [
    { path: '\u0006DataSpaces/Version', data: version },
    { path: '\u0006DataSpaces/DataSpaceMap', data: map },
    { path: '\u0006DataSpaces/DataSpaceInfo/StrongEncryptionDataSpace', data: definition },
    { path: '\u0006DataSpaces/TransformInfo/StrongEncryptionTransform/\u0006Primary', data: primary },
  ];
}

/** Encrypts an Office Open XML package (the bytes of a .docx, .xlsx, .pptx) for opening with `password`. */
export async function encryptOfficePackage(pkg: Uint8Array, password: string): Promise<Uint8Array> {
  const secret = randomBytes(32);
  const keySalt = randomBytes(16);
  const passwordSalt = randomBytes(16);
  const secretKey = await aesCbcKey(secret);

  const encryptedPackage = await encryptPackage(secretKey, keySalt, pkg);

  // Data integrity (§2.3.4.14): an HMAC-SHA512 of the whole EncryptedPackage stream, key and value encrypted.
  const hmacKey = randomBytes(64);
  const hmacValue = await hmac('SHA-512', hmacKey, encryptedPackage);
  const encryptedHmacKey = await aesCbcNoPadding(secretKey, await derivedIv(keySalt, Uint8Array.from(BLOCK_KEYS.hmacKey)), hmacKey);
  const encryptedHmacValue = await aesCbcNoPadding(secretKey, await derivedIv(keySalt, Uint8Array.from(BLOCK_KEYS.hmacValue)), hmacValue);

  // The password key encryptor (§2.3.4.13): verifier and the secret key under keys from the password.
  const hash = passwordHash(password, passwordSalt);
  const verifierInput = randomBytes(16);
  const verifierValue = await digest('SHA-512', verifierInput);
  const encryptedVerifierHashInput = await aesCbcNoPadding(await derivedKey(hash, BLOCK_KEYS.verifierInput), passwordSalt, verifierInput);
  const encryptedVerifierHashValue = await aesCbcNoPadding(await derivedKey(hash, BLOCK_KEYS.verifierValue), passwordSalt, verifierValue);
  const encryptedKeyValue = await aesCbcNoPadding(await derivedKey(hash, BLOCK_KEYS.keyValue), passwordSalt, secret);

  const info = encryptionInfo({ keySalt, encryptedHmacKey, encryptedHmacValue, passwordSalt, encryptedVerifierHashInput, encryptedVerifierHashValue, encryptedKeyValue });
  return writeCompoundFile([...dataSpaceStreams(), { path: 'EncryptionInfo', data: info }, { path: 'EncryptedPackage', data: encryptedPackage }]);
}
