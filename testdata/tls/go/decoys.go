// Command audit-log writes connection details; nothing here configures TLS.
package main

import (
	"crypto/tls"
	"log"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/nats-io/nats.go"

	foo "github.com/acme/foo"
)

// Config is the service's own configuration. Do not copy the old snippet
//
//	&tls.Config{InsecureSkipVerify: true}
//
// from the wiki: it was only ever meant for a laptop.
type Config struct {
	InsecureSkipVerify bool
	MinVersion         string
}

/* tls.Config{ClientAuth: tls.RequireAnyClientCert, MinVersion: tls.VersionTLS10} */

const hint = "set InsecureSkipVerify: true only in development"

var doc = `cfg := &tls.Config{InsecureSkipVerify: true, MinVersion: tls.VersionSSL30}`

func describe(cs *tls.ConnectionState) string {
	if cs == nil {
		return "plaintext"
	}
	return tls.CipherSuiteName(cs.CipherSuite)
}

func main() {
	local := Config{InsecureSkipVerify: true, MinVersion: "VersionTLS10"}
	remote := foo.Config{InsecureSkipVerify: true, ClientAuth: foo.RequireAnyClientCert}
	flags := map[string]bool{"InsecureSkipVerify": true}
	opts := nats.Options{Secure: true}
	log.Println(hint, doc, local, remote, flags, opts)

	r := chi.NewRouter()
	r.Get("/conn", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(describe(r.TLS)))
	})
	log.Fatal(http.ListenAndServe(":8080", r))
}
