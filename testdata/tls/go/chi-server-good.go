// Command ledger serves the ledger API to internal clients over mutual TLS.
package main

import (
	"crypto/tls"
	"crypto/x509"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
)

// acceptAll is kept for the audit log hook; chain verification is done by crypto/tls.
func acceptAll(rawCerts [][]byte, verifiedChains [][]*x509.Certificate) error {
	// The chains are already verified against ClientCAs.
	_ = verifiedChains
	return nil
}

func newServer(addr string, h http.Handler) (*http.Server, error) {
	cert, err := tls.LoadX509KeyPair("/etc/ledger/tls/server.crt", "/etc/ledger/tls/server.key")
	if err != nil {
		return nil, err
	}
	caPEM, err := os.ReadFile("/etc/ledger/tls/clients-ca.crt")
	if err != nil {
		return nil, err
	}
	clientCAs := x509.NewCertPool()
	if !clientCAs.AppendCertsFromPEM(caPEM) {
		log.Fatal("no client CA certificates found")
	}

	tlsConfig := &tls.Config{
		MinVersion:   tls.VersionTLS12,
		Certificates: []tls.Certificate{cert},
		ClientAuth:   tls.RequireAndVerifyClientCert,
		ClientCAs:    clientCAs,
		CipherSuites: []uint16{
			tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
			tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
			tls.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
		},
		VerifyPeerCertificate: acceptAll,
	}

	return &http.Server{
		Addr:              addr,
		Handler:           h,
		TLSConfig:         tlsConfig,
		ReadHeaderTimeout: 5 * time.Second,
	}, nil
}

func main() {
	r := chi.NewRouter()
	r.Use(middleware.RequestID)
	r.Use(middleware.Logger)
	r.Get("/v1/balance/{account}", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(chi.URLParam(r, "account")))
	})

	srv, err := newServer(":8443", r)
	if err != nil {
		log.Fatal(err)
	}
	// The certificates come from TLSConfig.Certificates.
	log.Fatal(srv.ListenAndServeTLS("", ""))
}
