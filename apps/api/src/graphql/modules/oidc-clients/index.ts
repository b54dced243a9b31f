// Systems that sign their users in through Vhod (OpenID Connect): the regional administrator's console section.
import './oidc-client';
import './oidc-client-operations';
