// Command ingest receives telemetry from field devices; crypto/tls is imported as stdtls
// because the platform's own tls helpers are imported as tls.
package main

import (
	stdtls "crypto/tls"
	"log"
	"net/http"

	"github.com/go-chi/chi/v5"

	tls "github.com/acme/platform/tls"
)

func listen(addr string, h http.Handler) error {
	cfg := &stdtls.Config{
		MinVersion: stdtls.VersionTLS11,
		ClientAuth: stdtls.VerifyClientCertIfGiven,
		ClientCAs:  tls.DevicePool(),
	}
	ln, err := stdtls.Listen("tcp", addr, cfg)
	if err != nil {
		return err
	}
	return http.Serve(ln, h)
}

func main() {
	// The platform package's Config is not crypto/tls's: its InsecureSkipVerify only
	// switches off the platform's certificate pinning for the metrics exporter.
	exporter := tls.NewExporter(tls.Config{InsecureSkipVerify: true})
	go exporter.Run()

	r := chi.NewRouter()
	r.Post("/v1/telemetry", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusAccepted)
	})
	log.Fatal(listen(":8883", r))
}
