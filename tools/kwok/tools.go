//go:build tools

// Pins kwok, which plays the nodes and kubelets of the real-control-plane suite: it marks the pods
// the scheduler binds as running and ready (scripts/ensure-kube.sh).
package tools

import _ "sigs.k8s.io/kwok/cmd/kwok"
