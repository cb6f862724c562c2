// Command pricing serves the pricing gRPC API and its REST gateway; TLS 1.3 only.
package main

import (
	"crypto/tls"
	"log"
	"net"
	"net/http"

	"github.com/go-chi/chi/v5"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"

	pricingv1 "github.com/acme/pricing/gen/pricing/v1"
)

func main() {
	cert, err := tls.LoadX509KeyPair("/var/run/tls/tls.crt", "/var/run/tls/tls.key")
	if err != nil {
		log.Fatal(err)
	}

	grpcServer := grpc.NewServer(grpc.Creds(credentials.NewTLS(&tls.Config{
		MinVersion:   tls.VersionTLS13,
		MaxVersion:   0x0304,
		Certificates: []tls.Certificate{cert},
	})))
	pricingv1.RegisterPricingServer(grpcServer, &pricingService{})

	lis, err := net.Listen("tcp", ":9090")
	if err != nil {
		log.Fatal(err)
	}
	go grpcServer.Serve(lis)

	r := chi.NewRouter()
	r.Get("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusOK)
	})
	gateway := &http.Server{
		Addr:      ":8443",
		Handler:   r,
		TLSConfig: &tls.Config{MinVersion: tls.VersionTLS13},
	}
	log.Fatal(gateway.ListenAndServeTLS("/var/run/tls/tls.crt", "/var/run/tls/tls.key"))
}
