/** The part of sm-crypto (SM2 signatures, GB/T 32918) Zeren uses. */
declare module 'sm-crypto' {
  interface SignOptions {
    der?: boolean;
    hash?: boolean;
    publicKey?: string;
    userId?: string;
  }
  const smCrypto: {
    sm2: {
      generateKeyPairHex(): { privateKey: string; publicKey: string };
      getPublicKeyFromPrivateKey(privateKey: string): string;
      doSignature(message: string, privateKey: string, options?: SignOptions): string;
      doVerifySignature(
        message: string,
        signature: string,
        publicKey: string,
        options?: SignOptions,
      ): boolean;
    };
  };
  export default smCrypto;
}
