// Command catalog proxies product lookups to the upstream inventory service.
package main

import (
	"crypto/tls"
	"io"
	"log"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
)

var upstream = &http.Client{
	Timeout: 10 * time.Second,
	Transport: &http.Transport{
		// The inventory service uses a self-signed certificate in staging.
		TLSClientConfig: &tls.Config{
			InsecureSkipVerify: true,
		},
		MaxIdleConnsPerHost: 16,
	},
}

func product(w http.ResponseWriter, r *http.Request) {
	resp, err := upstream.Get("https://inventory.internal/items/" + chi.URLParam(r, "id"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
	io.Copy(w, resp.Body)
}

func main() {
	r := chi.NewRouter()
	r.Get("/products/{id}", product)
	log.Fatal(http.ListenAndServe(":8080", r))
}
