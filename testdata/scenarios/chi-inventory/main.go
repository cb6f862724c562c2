package main

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"

	"github.com/example/inventory/internal/admin"
	"github.com/example/inventory/internal/warehouse"
)

const tlsDir = "/etc/inventory/tls"

func main() {
	caPEM, err := os.ReadFile(tlsDir + "/ca.crt")
	if err != nil {
		log.Fatalf("read client CA: %v", err)
	}
	clientCAs := x509.NewCertPool()
	if !clientCAs.AppendCertsFromPEM(caPEM) {
		log.Fatal("no certificates in client CA file")
	}

	cert, err := tls.LoadX509KeyPair("/etc/inventory/tls/server.crt", "/etc/inventory/tls/server.key")
	if err != nil {
		log.Fatalf("load server certificate: %v", err)
	}

	wh, err := warehouse.NewClient(os.Getenv("WAREHOUSE_URL"), tlsDir)
	if err != nil {
		log.Fatalf("warehouse client: %v", err)
	}

	r := chi.NewRouter()
	r.Use(middleware.RequestID, middleware.RealIP, middleware.Logger, middleware.Recoverer)
	r.Get("/v1/items/{sku}", func(w http.ResponseWriter, req *http.Request) {
		level, err := wh.StockLevel(req.Context(), chi.URLParam(req, "sku"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"sku": chi.URLParam(req, "sku"), "level": level})
	})

	srv := &http.Server{
		Addr:              ":8443",
		Handler:           r,
		ReadHeaderTimeout: 5 * time.Second,
		TLSConfig: &tls.Config{
			Certificates: []tls.Certificate{cert},
			ClientAuth:   tls.RequireAndVerifyClientCert,
			ClientCAs:    clientCAs,
			MinVersion:   tls.VersionTLS12,
			CipherSuites: []uint16{
				tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
				tls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
				tls.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
			},
		},
	}

	go admin.Serve(":9443", tlsDir)

	log.Printf("inventory listening on %s", srv.Addr)
	log.Fatal(srv.ListenAndServeTLS("", ""))
}
