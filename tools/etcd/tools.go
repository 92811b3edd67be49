//go:build tools

// Pins etcd for the real-control-plane suite (scripts/ensure-kube.sh). Debian's etcd 3.4 lacks the
// watch progress requests kwok relies on, so the suite needs 3.6.
package tools

import _ "go.etcd.io/etcd/server/v3"
