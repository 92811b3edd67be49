// crossplane-pki writes TLS certificates shaped exactly as Crossplane v2.2.1 makes the ones it uses
// to call functions (internal/initializer/cert_generator.go and tls.go in its source), for the
// function server's mTLS tests. Like Crossplane, it uses Go's crypto/x509, and the same templates:
// RSA 2048 keys, serial 2022, a ten-year lifetime, and one subject for the CA and every leaf
// (C=Earth, ST=Earth, L=Earth, O=Crossplane, CN=Crossplane). Go adds no Authority Key ID when a
// certificate's issuer equals its subject, so OpenSSL takes these leaves for self-signed ones.
//
// Usage: crossplane-pki DIR. Writes, each as NAME.crt and NAME.key:
//
//	ca              the CA (the crossplane-root-ca Secret)
//	server          the function's serving certificate (the <function>-tls-server Secret)
//	client          Crossplane's client certificate (the crossplane-tls-client Secret)
//	expired-client  as client, but its validity ended yesterday
//	impostor-ca     a CA with the same subject and another key (another cluster's Crossplane)
//	impostor-client a client certificate that impostor-ca signed
package main

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"
)

var subject = pkix.Name{
	CommonName:   "Crossplane",
	Organization: []string{"Crossplane"},
	Country:      []string{"Earth"},
	Province:     []string{"Earth"},
	Locality:     []string{"Earth"},
}

type signer struct {
	cert *x509.Certificate
	key  *rsa.PrivateKey
}

func caTemplate(now time.Time) *x509.Certificate {
	return &x509.Certificate{
		SerialNumber:          big.NewInt(2022),
		Subject:               subject,
		Issuer:                subject,
		DNSNames:              []string{"crossplane-root-ca"},
		NotBefore:             now,
		NotAfter:              now.AddDate(10, 0, 0),
		IsCA:                  true,
		KeyUsage:              x509.KeyUsageCRLSign | x509.KeyUsageCertSign,
		BasicConstraintsValid: true,
	}
}

func leafTemplate(dnsNames []string, usage x509.ExtKeyUsage, notBefore, notAfter time.Time) *x509.Certificate {
	return &x509.Certificate{
		SerialNumber:          big.NewInt(2022),
		Subject:               subject,
		DNSNames:              dnsNames,
		NotBefore:             notBefore,
		NotAfter:              notAfter,
		IsCA:                  false,
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment | x509.KeyUsageDataEncipherment,
		ExtKeyUsage:           []x509.ExtKeyUsage{usage},
		BasicConstraintsValid: true,
	}
}

// write creates a key and a certificate from the template, signed by parent (self-signed when
// parent is nil), writes NAME.crt and NAME.key, and returns the pair as a signer.
func write(dir, name string, template *x509.Certificate, parent *signer) (*signer, error) {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return nil, err
	}
	issuer, issuerKey := template, key
	if parent != nil {
		issuer, issuerKey = parent.cert, parent.key
	}
	der, err := x509.CreateCertificate(rand.Reader, template, issuer, &key.PublicKey, issuerKey)
	if err != nil {
		return nil, err
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, err
	}
	crt := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
	pk := pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(key)})
	if err := os.WriteFile(filepath.Join(dir, name+".crt"), crt, 0o600); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, name+".key"), pk, 0o600); err != nil {
		return nil, err
	}
	return &signer{cert: cert, key: key}, nil
}

func run(dir string) error {
	now := time.Now()
	tenYears := now.AddDate(10, 0, 0)
	server := []string{"function-livekit-pool", "function-livekit-pool.crossplane-system", "function-livekit-pool.crossplane-system.svc"}
	client := []string{"crossplane.crossplane-system"}

	ca, err := write(dir, "ca", caTemplate(now), nil)
	if err != nil {
		return err
	}
	impostor, err := write(dir, "impostor-ca", caTemplate(now), nil)
	if err != nil {
		return err
	}
	leaves := []struct {
		name     string
		template *x509.Certificate
		parent   *signer
	}{
		{"server", leafTemplate(server, x509.ExtKeyUsageServerAuth, now, tenYears), ca},
		{"client", leafTemplate(client, x509.ExtKeyUsageClientAuth, now, tenYears), ca},
		{"expired-client", leafTemplate(client, x509.ExtKeyUsageClientAuth, now.AddDate(0, 0, -2), now.AddDate(0, 0, -1)), ca},
		{"impostor-client", leafTemplate(client, x509.ExtKeyUsageClientAuth, now, tenYears), impostor},
	}
	for _, l := range leaves {
		if _, err := write(dir, l.name, l.template, l.parent); err != nil {
			return fmt.Errorf("%s: %w", l.name, err)
		}
	}
	return nil
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: crossplane-pki DIR")
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "crossplane-pki:", err)
		os.Exit(1)
	}
}
