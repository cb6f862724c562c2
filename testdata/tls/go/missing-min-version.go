// Command metrics-relay accepts metrics from agents over mutual TLS.
package main

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"log"
	"net"
	"net/http"
	"os"
	"strings"

	"github.com/go-chi/chi/v5"
)

// verifyAgent rejects agents whose certificate was not issued for the agents OU.
func verifyAgent(cs tls.ConnectionState) error {
	if len(cs.PeerCertificates) == 0 {
		return errors.New("no client certificate")
	}
	for _, ou := range cs.PeerCertificates[0].Subject.OrganizationalUnit {
		if strings.EqualFold(ou, "agents") {
			return nil
		}
	}
	return errors.New("client certificate is not an agent certificate")
}

func main() {
	caPEM, err := os.ReadFile("/run/secrets/agents-ca.pem")
	if err != nil {
		log.Fatal(err)
	}
	agents := x509.NewCertPool()
	agents.AppendCertsFromPEM(caPEM)

	cert, err := tls.LoadX509KeyPair("/run/secrets/relay.crt", "/run/secrets/relay.key")
	if err != nil {
		log.Fatal(err)
	}

	tlsConfig := &tls.Config{
		Certificates:     []tls.Certificate{cert},
		ClientAuth:       tls.RequireAndVerifyClientCert,
		ClientCAs:        agents,
		VerifyConnection: verifyAgent,
	}

	r := chi.NewRouter()
	r.Post("/v1/push", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})

	ln, err := net.Listen("tcp", ":4318")
	if err != nil {
		log.Fatal(err)
	}
	log.Fatal(http.Serve(tls.NewListener(ln, tlsConfig), r))
}
