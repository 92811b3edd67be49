module livekit-pool-tools/crossplane-pki

go 1.24.0
