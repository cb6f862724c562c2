package main

import (
	"crypto/tls"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/go-chi/chi/v5"
)

func TestOrdersOverTLS(t *testing.T) {
	r := chi.NewRouter()
	r.Get("/v1/orders", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`{"orders":[]}`))
	})
	ts := httptest.NewTLSServer(r)
	defer ts.Close()

	client := &http.Client{Transport: &http.Transport{
		// httptest's certificate is self-signed.
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}}
	resp, err := client.Get(ts.URL + "/v1/orders")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
}
