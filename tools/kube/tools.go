//go:build tools

// Pins the Kubernetes control plane the real-control-plane suite runs (scripts/ensure-kube.sh):
// kube-apiserver, kube-controller-manager and kube-scheduler from k8s.io/kubernetes.
package tools

import (
	_ "k8s.io/kubernetes/cmd/kube-apiserver"
	_ "k8s.io/kubernetes/cmd/kube-controller-manager"
	_ "k8s.io/kubernetes/cmd/kube-scheduler"
)
