//go:build tools

// Pins STUNner's TURN server (stunnerd) and TURN client (turncat) for the tests that make a TURN
// allocation with the credentials LiveKit hands out (scripts/ensure-stunner.sh builds them).
package tools

import (
	_ "github.com/l7mp/stunner/cmd/stunnerd"
	_ "github.com/l7mp/stunner/cmd/turncat"
)
