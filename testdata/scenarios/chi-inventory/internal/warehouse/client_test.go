package warehouse

import (
	"context"
	"crypto/tls"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestStockLevel(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprint(w, `{"Level": 7}`)
	}))
	defer srv.Close()

	c := &Client{base: srv.URL, http: &http.Client{Transport: &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}}}
	got, err := c.StockLevel(context.Background(), "sku-1")
	if err != nil || got != 7 {
		t.Fatalf("StockLevel = %d, %v", got, err)
	}
}
