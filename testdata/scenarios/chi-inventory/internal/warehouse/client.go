// Package warehouse talks to the warehouse service over mutual TLS.
package warehouse

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"time"
)

type Client struct {
	base string
	http *http.Client
}

func NewClient(base, tlsDir string) (*Client, error) {
	cert, err := tls.LoadX509KeyPair(
		filepath.Join(tlsDir, "clients", "warehouse-client.crt"),
		filepath.Join(tlsDir, "clients", "warehouse-client.key"),
	)
	if err != nil {
		return nil, err
	}
	caPEM, err := os.ReadFile(filepath.Join(tlsDir, "ca.crt"))
	if err != nil {
		return nil, err
	}
	roots := x509.NewCertPool()
	roots.AppendCertsFromPEM(caPEM)

	tr := &http.Transport{
		TLSClientConfig: &tls.Config{
			Certificates: []tls.Certificate{cert},
			RootCAs:      roots,
			MinVersion:   tls.VersionTLS12,
		},
		IdleConnTimeout: 90 * time.Second,
	}
	return &Client{base: base, http: &http.Client{Transport: tr, Timeout: 10 * time.Second}}, nil
}

func (c *Client) StockLevel(ctx context.Context, sku string) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v1/stock/"+sku, nil)
	if err != nil {
		return 0, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("warehouse: %s", resp.Status)
	}
	var out struct{ Level int }
	return out.Level, json.NewDecoder(resp.Body).Decode(&out)
}
