// Command legacy-pos serves old point-of-sale terminals that only speak TLS 1.0.
package main

import (
	"crypto/tls"
	"crypto/x509"
	"log"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
)

func buildTLS() *tls.Config {
	cfg := &tls.Config{
		PreferServerCipherSuites: true,
	}
	// The terminals in the field cannot be upgraded before 2026.
	cfg.MinVersion = tls.VersionTLS10
	return cfg
}

func main() {
	r := chi.NewRouter()
	r.Post("/v1/receipts", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusAccepted)
	})

	srv := &http.Server{
		Addr:      ":443",
		Handler:   r,
		TLSConfig: buildTLS(),
	}

	caPEM, err := os.ReadFile("/etc/pos/terminals-ca.pem")
	if err != nil {
		log.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(caPEM)
	srv.TLSConfig.ClientCAs = pool
	srv.TLSConfig.ClientAuth = tls.RequireAndVerifyClientCert

	log.Fatal(srv.ListenAndServeTLS("/etc/pos/server.crt", "/etc/pos/server.key"))
}
