//go:build tools

// Pins the crossplane CLI (crank) and Crossplane core (cmd/crossplane, run by the real-control-plane
// suite) at one version: scripts/ensure-crossplane.sh builds both.
package tools

import (
	_ "github.com/crossplane/crossplane/v2/cmd/crank"
	_ "github.com/crossplane/crossplane/v2/cmd/crossplane"
)
