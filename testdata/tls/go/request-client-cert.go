// Command gateway accepts client certificates but leaves them to the handlers.
package main

import (
	"crypto/tls"
	"log"
	"net/http"

	"github.com/go-chi/chi/v5"
)

func whoami(w http.ResponseWriter, r *http.Request) {
	if r.TLS == nil || len(r.TLS.PeerCertificates) == 0 {
		http.Error(w, "anonymous", http.StatusUnauthorized)
		return
	}
	w.Write([]byte(r.TLS.PeerCertificates[0].Subject.CommonName))
}

func serve(addr string) error {
	cert, err := tls.LoadX509KeyPair("gateway.pem", "gateway-key.pem")
	if err != nil {
		return err
	}
	cfg := &tls.Config{
		MinVersion:   tls.VersionTLS12,
		Certificates: []tls.Certificate{cert},
		ClientAuth:   tls.RequestClientCert,
	}

	ln, err := tls.Listen("tcp", addr, cfg)
	if err != nil {
		return err
	}
	r := chi.NewRouter()
	r.Get("/whoami", whoami)
	return http.Serve(ln, r)
}

func main() {
	log.Fatal(serve(":9443"))
}
