#include "certificates.h"

#include <QDir>
#include <QFile>
#include <QObject>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <ctime>
#include <functional>
#include <memory>

namespace paydeck::sandbox {

namespace {

struct Deleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
    void operator()(X509 *cert) const { X509_free(cert); }
    void operator()(BIO *bio) const { BIO_free(bio); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter>;
using CertPtr = std::unique_ptr<X509, Deleter>;
using BioPtr = std::unique_ptr<BIO, Deleter>;

QString lastError()
{
    char buffer[256];
    ERR_error_string_n(ERR_get_error(), buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool ok = X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

CertPtr makeCertificate(
    EVP_PKEY *key, const char *commonName, X509 *issuer, EVP_PKEY *issuerKey, long days, bool isCa)
{
    CertPtr cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), days * 86400L);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name,
                               "O",
                               MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("Paydeck Sandbox"),
                               -1,
                               -1,
                               0);
    X509_NAME_add_entry_by_txt(
        name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(commonName), -1, -1, 0);
    X509 *signer = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));
    bool ok = true;
    if (isCa) {
        ok &= addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0");
        ok &= addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
        ok &= addExtension(cert.get(), signer, NID_subject_key_identifier, "hash");
    } else {
        ok &= addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE");
        ok &= addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature");
        ok &= addExtension(cert.get(), signer, NID_ext_key_usage, "serverAuth");
        ok &= addExtension(
            cert.get(), signer, NID_subject_alt_name, "IP:127.0.0.1,IP:::1,DNS:localhost");
        ok &= addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid:always");
    }
    if (!ok || X509_sign(cert.get(), issuerKey, EVP_sha256()) == 0)
        return nullptr;
    return cert;
}

bool writePem(const QString &path, const std::function<int(BIO *)> &write, bool secret)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (write(bio.get()) != 1)
        return false;
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.write(data, size) == size;
}

bool stillValid(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray pem = file.readAll();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    CertPtr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert)
        return false;
    // Valid for at least another day.
    time_t tomorrow = time(nullptr) + 86400;
    return X509_cmp_time(X509_get0_notAfter(cert.get()), &tomorrow) > 0;
}

} // namespace

Result<CertificateFiles> ensureCertificates(const QString &directory)
{
    if (!QDir().mkpath(directory))
        return makeError(QObject::tr("cannot create %1").arg(directory));
    const QDir dir(directory);
    CertificateFiles files{dir.absoluteFilePath(QStringLiteral("ca.pem")),
                           dir.absoluteFilePath(QStringLiteral("server.pem")),
                           dir.absoluteFilePath(QStringLiteral("server.key"))};
    if (stillValid(files.caCertificate) && stillValid(files.serverChain)
        && QFile::exists(files.serverKey))
        return files;

    KeyPtr caKey(EVP_EC_gen("P-256"));
    KeyPtr serverKey(EVP_EC_gen("P-256"));
    if (!caKey || !serverKey)
        return makeError(QObject::tr("cannot generate keys: %1").arg(lastError()));
    CertPtr ca
        = makeCertificate(caKey.get(), "Paydeck Sandbox CA", nullptr, caKey.get(), 3650, true);
    if (!ca)
        return makeError(QObject::tr("cannot create the sandbox CA: %1").arg(lastError()));
    CertPtr server
        = makeCertificate(serverKey.get(), "127.0.0.1", ca.get(), caKey.get(), 397, false);
    if (!server)
        return makeError(QObject::tr("cannot create the sandbox certificate: %1").arg(lastError()));

    const bool ok
        = writePem(
              files.serverKey,
              [&](BIO *bio) {
                  return PEM_write_bio_PrivateKey(
                      bio, serverKey.get(), nullptr, nullptr, 0, nullptr, nullptr);
              },
              true)
          && writePem(
              files.serverChain,
              [&](BIO *bio) {
                  return PEM_write_bio_X509(bio, server.get()) & PEM_write_bio_X509(bio, ca.get());
              },
              false)
          && writePem(
              files.caCertificate,
              [&](BIO *bio) { return PEM_write_bio_X509(bio, ca.get()); },
              false);
    if (!ok)
        return makeError(QObject::tr("cannot write the sandbox certificates to %1").arg(directory));
    return files;
}

} // namespace paydeck::sandbox
