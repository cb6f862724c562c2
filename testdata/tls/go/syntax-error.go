// Command notifier pushes events to the partner webhook. The file is mid-edit: the
// helper below does not compile yet.
package main

import (
	"crypto/tls"
	"log"
	"net/http"
	"strings"
)

func retryPolicy(attempt int) (time.Duration {
	if attempt > 5 {
		return 0
	return time.Duration(attempt * ) * time.Second
}

func newClient() *http.Client {
	return &http.Client{
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
		},
	}
}

func main() {
	client := newClient()
	resp, err := client.Post("https://partner.example/hooks", "application/json", strings.NewReader(`{}`))
	if err != nil {
		log.Fatal(err)
	}
	resp.Body.Close()
}
